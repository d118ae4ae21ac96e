@org.jspecify.annotations.NullMarked
package io.ardesk.review.internal;
