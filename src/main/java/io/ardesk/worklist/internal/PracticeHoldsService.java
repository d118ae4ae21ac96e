package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.ardesk.codes.DocumentHold;
import io.ardesk.codes.DocumentHolds;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.DocumentRequest;
import io.ardesk.worklist.PracticeHolds;
import io.ardesk.worklist.PracticeWait;
import io.ardesk.worklist.SuggestedDocumentRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests document requests from the claim's latest codes and rolls up what waits on the
 * practice. Creating the suggested request goes through {@link ClaimActions}, which
 * checks the right to change the client and records it in the claim's history.
 */
@Service
class PracticeHoldsService implements PracticeHolds {

	private final PracticeHoldQuery query;

	private final ClaimActionRows rows;

	private final ClaimActions actions;

	private final ClientDirectory directory;

	private final ClientAccess access;

	private final Clock clock;

	PracticeHoldsService(PracticeHoldQuery query, ClaimActionRows rows, ClaimActions actions, ClientDirectory directory,
			ClientAccess access, Clock clock) {
		this.query = query;
		this.rows = rows;
		this.actions = actions;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<SuggestedDocumentRequest> suggestion(ClientId client, String claimNumber) {
		requireStaff();
		long claimId = this.rows.claimId(claimNumber);
		Optional<SuggestedDocumentRequest> suggested = suggest(claimId, claimNumber, today(profile(client)));
		return suggested.filter((request) -> !this.query.openRequestExists(claimId, request.whatIsNeeded()));
	}

	@Override
	@ReadsClient
	@Transactional
	public DocumentRequest requestSuggested(ClientId client, String claimNumber) {
		SuggestedDocumentRequest request = suggestion(client, claimNumber)
			.orElseThrow(() -> new RuleViolationException("claimNumber", "The payer's codes on claim " + claimNumber
					+ " ask for no document from the practice (or the request is already open)."));
		return this.actions.requestDocuments(client, claimNumber, request.whatIsNeeded(), request.dueDate());
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public PracticeWait waitingOnPractice(ClientId client) {
		requireStaff();
		ClientProfile profile = profile(client);
		LocalDate today = today(profile);
		int over = profile.rules().trends().documentWaitDays();
		List<PracticeHoldQuery.Wait> waits = this.query.waits();
		BigDecimal balance = waits.stream()
			.map(PracticeHoldQuery.Wait::balance)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		int oldest = 0;
		int overDays = 0;
		for (PracticeHoldQuery.Wait wait : waits) {
			int days = days(wait, profile.timeZone(), today);
			oldest = Math.max(oldest, days);
			if (days > over) {
				overDays++;
			}
		}
		return new PracticeWait(client.value(), profile.name(), waits.size(), balance, oldest, overDays);
	}

	/** The age of a wait in whole days in the client's time zone. */
	static int days(PracticeHoldQuery.Wait wait, ZoneId zone, LocalDate today) {
		return (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(wait.since(), zone), today);
	}

	/** The queue's reason for a claim waiting on the practice. */
	static String reason(PracticeHoldQuery.Wait wait, ZoneId zone, LocalDate today) {
		int days = days(wait, zone, today);
		return "Waiting on the practice " + days + ((days == 1) ? " day" : " days") + ": " + wait.whatIsNeeded();
	}

	private Optional<SuggestedDocumentRequest> suggest(long claimId, String claimNumber, LocalDate today) {
		PracticeHoldQuery.LatestCodes codes = this.query.latest(claimId);
		if (codes == null) {
			return Optional.empty();
		}
		for (String[] adjustment : codes.adjustments()) {
			Optional<DocumentHold> hold = DocumentHolds.of(adjustment[0], adjustment[1], codes.remarks());
			if (hold.isPresent()) {
				DocumentHold found = hold.get();
				String what = found.whatIsNeeded() + " for DOS " + Formats.date(codes.serviceDate()) + " ("
						+ found.codes() + ")";
				return Optional.of(new SuggestedDocumentRequest(claimNumber, found.kind(), what,
						today.plusDays(DUE_DAYS), found.codes()));
			}
		}
		return Optional.empty();
	}

	private void requireStaff() {
		if (this.access.currentUser().map((user) -> !user.role().isStaff()).orElse(false)) {
			throw new ClientAccessDeniedException("Only the firm's staff see documentation holds");
		}
	}

	private LocalDate today(ClientProfile profile) {
		return LocalDate.now(this.clock.withZone(profile.timeZone()));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
