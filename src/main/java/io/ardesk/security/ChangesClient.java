package io.ardesk.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that changes one client's data. Its first parameter is the
 * {@link io.ardesk.tenancy.ClientId}; before the method (and its transaction) runs, the
 * current user's right to change that client is checked (client viewers never may) and
 * the client's schema is bound.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ChangesClient {

}
