package io.ardesk.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import io.ardesk.notifications.MailRequest;
import io.ardesk.notifications.Notification;
import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.NotificationPreference;
import io.ardesk.notifications.NotificationRequest;
import io.ardesk.notifications.Notifications;
import io.ardesk.notifications.OutboxMessage;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.Role;
import io.ardesk.shared.jdbc.AfterCommit;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes each notification once (the unique idempotency key decides), with its e-mail in
 * the outbox in the same transaction (the caller's when it has one); after the commit the
 * e-mail is handed to the mail server when one is configured. A batch is one transaction
 * of multi-row statements with one log line and one hand-over to the mail server. Log
 * lines carry ids, counts and kinds only.
 */
@Service
class NotificationService implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private final NotificationStore store;

	private final MailSending mail;

	private final ClientAccess access;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NotificationService(NotificationStore store, MailSending mail, ClientAccess access, TransactionTemplate transaction,
			Clock clock) {
		this.store = store;
		this.mail = mail;
		this.access = access;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public boolean send(NotificationRequest request) {
		return sendAll(List.of(request)) == 1;
	}

	@Override
	public int sendAll(List<NotificationRequest> requests) {
		if (requests.isEmpty()) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<NotificationStore.Outgoing> outgoing = new ArrayList<>(requests.size());
		for (NotificationRequest request : requests) {
			outgoing.add(new NotificationStore.Outgoing(request, null, MailTemplate.body(request)));
		}
		NotificationStore.Written sent = this.transaction.execute((status) -> this.store.insertAll(outgoing, now));
		Set<NotificationKind> kinds = requests.stream()
			.map(NotificationRequest::kind)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)));
		if (sent == null || sent.notified() == 0) {
			log.debug("Notifications {}: all {} sent before", kinds, requests.size());
			return 0;
		}
		log.info("Notifications {}: {} new of {} ({} with e-mail)", kinds, sent.notified(), requests.size(),
				sent.mailed());
		if (sent.mailed() > 0) {
			// handed over once committed (the batch may have joined a client's
			// transaction)
			AfterCommit.run(this.mail::dispatch);
		}
		return sent.notified();
	}

	@Override
	public boolean sendMail(MailRequest request) {
		if (request.address().length() > 100 || !EMAIL.matcher(request.address()).matches()) {
			throw new InvalidInputException("address", "Not an e-mail address of at most 100 characters.");
		}
		// The notification row (recipient = the address, which is no user name) holds the
		// idempotency key; the e-mail goes to the address itself.
		NotificationRequest row = new NotificationRequest(request.address(), request.kind(), request.idempotencyKey(),
				request.client(), null, null, request.subject(), request.body());
		NotificationStore.Written written = this.transaction.execute((status) -> this.store.insertAll(
				List.of(new NotificationStore.Outgoing(row, request.address(), request.body())), this.clock.instant()));
		if (written == null || written.notified() == 0) {
			log.debug("E-mail {} was sent before", request.kind());
			return false;
		}
		log.info("E-mail {} to an outside address", request.kind());
		AfterCommit.run(this.mail::dispatch);
		return true;
	}

	@Override
	public boolean wasSent(String idempotencyKey) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> this.store.exists(idempotencyKey)));
	}

	@Override
	public List<Notification> mine(boolean unreadOnly, int limit) {
		return this.transaction.execute((status) -> this.store.of(me(), unreadOnly, Math.max(1, Math.min(limit, 500))));
	}

	@Override
	public long myUnreadCount() {
		String me = this.access.currentUser().map(CurrentUser::username).orElse(null);
		if (me == null) {
			return 0;
		}
		Long count = this.transaction.execute((status) -> this.store.unread(me));
		return (count != null) ? count : 0;
	}

	@Override
	public Notification markRead(long id) {
		String me = me();
		Notification read = this.transaction
			.execute((status) -> this.store.markRead(me, id, this.clock.instant()).orElse(null));
		if (read == null) {
			throw new NotFoundException("No notification " + id + " for you.");
		}
		return read;
	}

	@Override
	public int markAllRead() {
		String me = me();
		Integer count = this.transaction.execute((status) -> this.store.markAllRead(me, this.clock.instant()));
		return (count != null) ? count : 0;
	}

	@Override
	public NotificationPreference myPreference() {
		String me = me();
		return this.transaction.execute((status) -> this.store.preference(me));
	}

	@Override
	public NotificationPreference updateMyPreference(NotificationPreference preference) {
		String me = me();
		String email = normalized(preference.email());
		NotificationPreference saved = new NotificationPreference(email, preference.delivery());
		this.transaction.executeWithoutResult((status) -> this.store.savePreference(me, saved));
		return saved;
	}

	@Override
	public List<OutboxMessage> outbox(int limit) {
		Role role = this.access.currentUser().map(CurrentUser::role).orElse(null);
		if (role != Role.FIRM_ADMIN) {
			throw new ClientAccessDeniedException("Only firm administrators read the mail outbox");
		}
		return this.transaction.execute((status) -> this.store.outbox(Math.max(1, Math.min(limit, 1000))));
	}

	@Override
	public int dispatchMail() {
		return this.mail.dispatch();
	}

	private static @Nullable String normalized(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String trimmed = email.strip();
		if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
			throw new InvalidInputException("email", "Enter an e-mail address such as name@example.com.");
		}
		return trimmed;
	}

	private String me() {
		return this.access.currentUser()
			.map(CurrentUser::username)
			.orElseThrow(() -> new ClientAccessDeniedException("Sign in to read your notifications"));
	}

}
