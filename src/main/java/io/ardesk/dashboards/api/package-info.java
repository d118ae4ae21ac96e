@org.jspecify.annotations.NullMarked
package io.ardesk.dashboards.api;
