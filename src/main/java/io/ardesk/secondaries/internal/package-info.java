@org.jspecify.annotations.NullMarked
package io.ardesk.secondaries.internal;
