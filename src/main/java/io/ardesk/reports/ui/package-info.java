@org.jspecify.annotations.NullMarked
package io.ardesk.reports.ui;
