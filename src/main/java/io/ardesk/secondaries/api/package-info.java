@org.jspecify.annotations.NullMarked
package io.ardesk.secondaries.api;
