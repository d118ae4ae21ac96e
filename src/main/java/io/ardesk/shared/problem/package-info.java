/**
 * The vocabulary of failures every module answers users with: domain exceptions carrying
 * a user-facing message and the field they are about, mapped to problem details by the
 * portal's REST layer.
 */
@org.jspecify.annotations.NullMarked
package io.ardesk.shared.problem;
