@org.jspecify.annotations.NullMarked
package io.ardesk.contracts.internal;
