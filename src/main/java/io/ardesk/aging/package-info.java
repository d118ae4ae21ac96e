/**
 * Accounts-receivable aging of each client practice: open insurance and patient balances
 * in 30-day buckets by payer, payer category, provider or location, with drill-down to
 * the claims, REST and spreadsheet exports, and the aging page.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "portal", "shared", "claims" })
@org.jspecify.annotations.NullMarked
package io.ardesk.aging;
