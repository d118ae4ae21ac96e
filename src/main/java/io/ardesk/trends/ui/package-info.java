@org.jspecify.annotations.NullMarked
package io.ardesk.trends.ui;
