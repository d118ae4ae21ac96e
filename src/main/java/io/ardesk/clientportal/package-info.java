/**
 * The client practice's own portal: its dashboard (cash collected and recovered, A/R and
 * days in A/R against its targets, denials by category, escalations, open document
 * requests), computed by the same services as the firm's dashboard so that the figures
 * agree.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security", "shared", "portal",
		"dashboards", "denials", "escalation", "documents", "codes" })
@org.jspecify.annotations.NullMarked
package io.ardesk.clientportal;
