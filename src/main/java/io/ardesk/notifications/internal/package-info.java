@org.jspecify.annotations.NullMarked
package io.ardesk.notifications.internal;
