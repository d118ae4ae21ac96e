/**
 * How the demo data is made: patients, claims, adjudication and the X12 writers. Nothing
 * here is API; callers use {@link io.ardesk.demodata.ArHistoryGenerator}.
 */
@org.jspecify.annotations.NullMarked
package io.ardesk.demodata.internal;
