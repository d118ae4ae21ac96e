/**
 * Four eyes on money moves: write-offs, transfers of insurance balance to the patient,
 * refunds of credit balances (the Credit balances page), and manual patient payments and
 * adjustments above the client's small-balance limit become requests that an account
 * manager or firm administrator other than the requester approves; smaller ones post at
 * once. Every move is kept, with who asked and who decided, and the claim history shows
 * both. The modules that own the money post it through
 * {@link io.ardesk.approvals.MoneyMovePosting}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "claims", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.approvals;
