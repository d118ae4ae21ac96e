@org.jspecify.annotations.NullMarked
package io.ardesk.productivity.api;
