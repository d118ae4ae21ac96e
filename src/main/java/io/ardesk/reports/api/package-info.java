@org.jspecify.annotations.NullMarked
package io.ardesk.reports.api;
