package io.ardesk.worklist;

import java.util.Optional;

import io.ardesk.tenancy.ClientId;

/**
 * Documentation and authorization holds: denials and remarks that mean the practice must
 * supply records, an authorization or a referral (mapped in
 * {@link io.ardesk.codes.DocumentHolds}) suggest a document request prefilled from the
 * codes; claims waiting on the practice roll up per practice.
 */
public interface PracticeHolds {

	/** A suggested request is due this many days from today. */
	int DUE_DAYS = 14;

	/**
	 * The request the claim's latest adjudication calls for; empty when its codes ask for
	 * no document or the same request is already open.
	 */
	Optional<SuggestedDocumentRequest> suggestion(ClientId client, String claimNumber);

	/**
	 * Opens the suggested request (one click in the workspace).
	 * @throws io.ardesk.shared.problem.RuleViolationException (field {@code claimNumber})
	 * when the claim's codes call for no document request
	 */
	DocumentRequest requestSuggested(ClientId client, String claimNumber);

	/** The claims of the client waiting on the practice, with their age. */
	PracticeWait waitingOnPractice(ClientId client);

}
