package io.ardesk.escalation.internal;

import java.time.Clock;
import java.util.List;

import io.ardesk.claims.ClaimEvents;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationNotFoundException;
import io.ardesk.escalation.EscalationReason;
import io.ardesk.escalation.EscalationStatus;
import io.ardesk.escalation.Escalations;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.EscalationMarks;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalations on the client's schema. Raising takes the narrow right
 * {@link ClientAccess#requireRaiseEscalation} (a viewer of the practice has it); the
 * other changes take {@code @ChangesClient}, which client viewers never pass. Whoever
 * must hear about a change hears through a job enqueued after the commit.
 */
@Service
class EscalationService implements Escalations {

	private static final Logger log = LoggerFactory.getLogger(EscalationService.class);

	private final EscalationStore store;

	private final EscalationMarks marks;

	private final ClaimEvents events;

	private final ClientAccess access;

	private final ClientDirectory directory;

	private final EscalationAnnouncements announcements;

	private final Clock clock;

	EscalationService(EscalationStore store, EscalationMarks marks, ClaimEvents events, ClientAccess access,
			ClientDirectory directory, EscalationAnnouncements announcements, Clock clock) {
		this.store = store;
		this.marks = marks;
		this.events = events;
		this.access = access;
		this.directory = directory;
		this.announcements = announcements;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional
	public Escalation raise(ClientId client, String claimNumber, EscalationReason reason, @Nullable String comment) {
		this.access.requireRaiseEscalation(client);
		String text = Inputs.optional(comment, "comment", "The comment", MAX_TEXT);
		EscalationStore.ClaimRef claim = this.store.claim(claimNumber)
			.orElseThrow(() -> new EscalationNotFoundException("No claim " + claimNumber + " for this client."));
		ClientProfile profile = profile(client);
		var now = this.clock.instant();
		long id;
		try {
			id = this.store.insert(claim.id(), reason, text, me().username(), now,
					SlaDeadlines.of(now, profile.sla(), this.directory.firm()));
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(null, "Claim " + claimNumber + " already has an open escalation.");
		}
		this.marks.mark(client, claim.id(), true);
		this.events.recordByReader(client, claim.id(), "ESCALATED",
				"Flagged for escalation by the practice (" + reason.label() + "), escalation " + id);
		this.announcements.afterCommit(client, id, EscalationStatus.OPEN);
		log.info("Escalation {} raised", id);
		return get(client, id);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<Escalation> list(ClientId client, boolean openOnly) {
		boolean viewer = isViewer();
		return this.store.list(openOnly).stream().map((e) -> viewer ? e.forPractice() : e).toList();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Escalation get(ClientId client, long id) {
		Escalation escalation = this.store.find(id)
			.orElseThrow(() -> new EscalationNotFoundException("No escalation " + id + " for this client."));
		return isViewer() ? escalation.forPractice() : escalation;
	}

	@Override
	@ChangesClient
	@Transactional
	public Escalation acknowledge(ClientId client, long id, @Nullable String internalNote) {
		String note = Inputs.optional(internalNote, "internalNote", "The internal note", MAX_TEXT);
		Escalation current = get(client, id);
		if (!this.store.acknowledge(id, me().username(), this.clock.instant(), note)) {
			throw new ConflictException(null,
					"Escalation " + id + " is " + current.status().label().toLowerCase() + ", not open.");
		}
		this.events.record(client, this.store.claimIdOf(id), "ESCALATION_ACKNOWLEDGED",
				"Escalation " + id + " acknowledged");
		this.announcements.afterCommit(client, id, EscalationStatus.ACKNOWLEDGED);
		return get(client, id);
	}

	@Override
	@ChangesClient
	@Transactional
	public Escalation startWork(ClientId client, long id, @Nullable String internalNote) {
		String note = Inputs.optional(internalNote, "internalNote", "The internal note", MAX_TEXT);
		Escalation current = get(client, id);
		if (!this.store.start(id, me().username(), this.clock.instant(), note)) {
			throw new ConflictException(null,
					"Escalation " + id + " is " + current.status().label().toLowerCase() + " already.");
		}
		this.events.record(client, this.store.claimIdOf(id), "ESCALATION_IN_PROGRESS",
				"Work started on escalation " + id);
		this.announcements.afterCommit(client, id, EscalationStatus.IN_PROGRESS);
		return get(client, id);
	}

	@Override
	@ChangesClient
	@Transactional
	public Escalation resolve(ClientId client, long id, String note, @Nullable String internalNote) {
		String resolution = Inputs.required(note, "note", "The resolution note", MAX_TEXT);
		String internal = Inputs.optional(internalNote, "internalNote", "The internal note", MAX_TEXT);
		get(client, id);
		if (!this.store.resolve(id, me().username(), this.clock.instant(), resolution, internal)) {
			throw new ConflictException(null, "Escalation " + id + " is resolved already.");
		}
		long claimId = this.store.claimIdOf(id);
		this.marks.mark(client, claimId, false);
		this.events.record(client, claimId, "ESCALATION_RESOLVED", "Escalation " + id + " resolved: " + resolution);
		this.announcements.afterCommit(client, id, EscalationStatus.RESOLVED);
		return get(client, id);
	}

	private boolean isViewer() {
		return this.access.currentUser().map((user) -> user.role() == Role.CLIENT_VIEWER).orElse(false);
	}

	private CurrentUser me() {
		return this.access.currentUser()
			.orElseThrow(() -> new ClientAccessDeniedException("Sign in to work on escalations"));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
