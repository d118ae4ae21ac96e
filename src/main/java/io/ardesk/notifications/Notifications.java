package io.ardesk.notifications;

import java.util.List;

/**
 * Notifications in the control schema, per user across their clients. Callers run outside
 * any client's transaction (jobs do).
 */
public interface Notifications {

	/**
	 * Sends once per idempotency key: the in-app notification, and an e-mail when the
	 * recipient wants one (immediate delivery; the digest for anyone but "none").
	 * @return false when the key was sent before (nothing happens)
	 */
	boolean send(NotificationRequest request);

	/**
	 * Sends many at once, each once per idempotency key exactly as {@link #send} does, in
	 * one transaction: a key sent before (or twice in the list) sends nothing, so a
	 * retried job tells nobody twice. Meant for jobs that notify about many claims.
	 * @return how many were new
	 */
	int sendAll(List<NotificationRequest> requests);

	/**
	 * Sends an e-mail once per idempotency key to an address outside the firm's users (a
	 * practice's report recipients): kept in the outbox like every e-mail, handed to the
	 * mail server when one is configured.
	 * @return false when the key was sent before (nothing happens)
	 */
	boolean sendMail(MailRequest request);

	/** Whether a notification with this idempotency key was sent. */
	boolean wasSent(String idempotencyKey);

	/** The signed-in user's notifications, newest first. */
	List<Notification> mine(boolean unreadOnly, int limit);

	long myUnreadCount();

	/**
	 * Marks one of the signed-in user's notifications read.
	 * @throws io.ardesk.shared.problem.NotFoundException if it is not theirs
	 */
	Notification markRead(long id);

	/** Marks all of the signed-in user's notifications read; returns how many. */
	int markAllRead();

	NotificationPreference myPreference();

	/**
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code email} when it
	 * is not an e-mail address
	 */
	NotificationPreference updateMyPreference(NotificationPreference preference);

	/** Newest e-mails first; firm administrators only. */
	List<OutboxMessage> outbox(int limit);

	/**
	 * Sends the e-mails not yet sent when a mail server is configured; returns how many
	 * went out.
	 */
	int dispatchMail();

}
