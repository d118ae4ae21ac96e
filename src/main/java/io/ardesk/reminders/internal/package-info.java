@org.jspecify.annotations.NullMarked
package io.ardesk.reminders.internal;
