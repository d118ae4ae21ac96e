/**
 * Generates realistic, deterministic claim (837P) and remittance (835) files for demo
 * clients and benchmarks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security", "portal", "imports",
		"worklist", "aging", "patients", "approvals", "escalation", "trends", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.demodata;
