@org.jspecify.annotations.NullMarked
package io.ardesk.approvals.internal;
