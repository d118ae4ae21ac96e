/**
 * What the firm's work brought a client and whether the firm keeps its promises: KPIs by
 * MGMA/HFMA formulas over the dated posting journal, the SLA panel against the client's
 * targets, the cash-recovery dashboard and the firm portfolio ranked by risk.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "portal", "shared", "claims", "aging", "remittance", "imports" })
@org.jspecify.annotations.NullMarked
package io.ardesk.dashboards;
