@org.jspecify.annotations.NullMarked
package io.ardesk.routing.api;
