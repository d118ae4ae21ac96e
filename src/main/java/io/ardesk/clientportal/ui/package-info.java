@org.jspecify.annotations.NullMarked
package io.ardesk.clientportal.ui;
