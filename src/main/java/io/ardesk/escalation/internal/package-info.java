@org.jspecify.annotations.NullMarked
package io.ardesk.escalation.internal;
