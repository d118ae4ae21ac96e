/** Bean Validation constraints the REST layer of every module shares. */
@org.jspecify.annotations.NullMarked
package io.ardesk.shared.validation;
