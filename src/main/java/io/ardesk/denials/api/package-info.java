@org.jspecify.annotations.NullMarked
package io.ardesk.denials.api;
