package io.ardesk.approvals;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * Posts one kind of money move; implemented by the module that owns the money. Called
 * inside the approvals transaction, bound to the client's schema, as the user who posts
 * (the requester within the limit, else the approver).
 */
public interface MoneyMovePosting {

	MoneyMoveKind kind();

	/**
	 * Refuses, with a {@link io.ardesk.shared.problem.DomainException}, a move that could
	 * not be posted now (unknown claim or patient, amount above the balance, a missing
	 * field); answers the claims whose history shows the request and the decision.
	 */
	List<String> check(ClientId client, MoneyMove move);

	/**
	 * Posts the move. {@code approval} says who asked and who approved, for the history
	 * ("approved request 7 of specialist"), or is empty for a move within the limit.
	 */
	void post(ClientId client, MoneyMove move, String approval);

}
