@org.jspecify.annotations.NullMarked
package io.ardesk.shared.export;
