@org.jspecify.annotations.NullMarked
package io.ardesk.closing.api;
