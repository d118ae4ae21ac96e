/**
 * Month close: an account manager (or a firm administrator) closes a client's month once
 * it has ended, in order; its KPIs and its aging as of the last day are frozen, and no
 * later posting changes them, because every journal row dated in a closed month lands on
 * the first day of the open month instead, keeping the date it was posted for.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "portal", "shared", "claims", "aging", "dashboards" })
@org.jspecify.annotations.NullMarked
package io.ardesk.closing;
