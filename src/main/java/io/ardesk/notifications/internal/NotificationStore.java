package io.ardesk.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.ardesk.notifications.Delivery;
import io.ardesk.notifications.Notification;
import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.NotificationPreference;
import io.ardesk.notifications.NotificationRequest;
import io.ardesk.notifications.OutboxMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the notification tables (control schema: callers run with no client bound).
 */
@Component
class NotificationStore {

	private static final String COLUMNS = "id, kind, client_id, claim_number, escalation_id, title, body, created_at, read_at";

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new notification's id, or empty when the key was sent before. */
	Optional<Long> insert(NotificationRequest request, Instant now) {
		return this.jdbc.sql("""
				insert into notification (recipient, kind, client_id, claim_number, escalation_id, title, body,
				  idempotency_key, created_at)
				values (:recipient, :kind, :client, :claim, :escalation, :title, :body, :key, :now)
				on conflict (idempotency_key) do nothing returning id""")
			.param("recipient", request.recipient())
			.param("kind", request.kind().name())
			.param("client", (request.client() != null) ? request.client().value() : null)
			.param("claim", request.claimNumber())
			.param("escalation", request.escalationId())
			.param("title", cut(request.title(), 300))
			.param("body", cut(request.body(), 8000))
			.param("key", cut(request.idempotencyKey(), 300))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	boolean exists(String idempotencyKey) {
		return this.jdbc.sql("select exists (select 1 from notification where idempotency_key = :key)")
			.param("key", idempotencyKey)
			.query(Boolean.class)
			.single();
	}

	long insertMail(long notificationId, String recipient, @Nullable String address, String subject, String body,
			Instant now) {
		return this.jdbc.sql("""
				insert into mail_outbox (notification_id, recipient, address, subject, body, created_at)
				values (:notification, :recipient, :address, :subject, :body, :now) returning id""")
			.param("notification", notificationId)
			.param("recipient", recipient)
			.param("address", address)
			.param("subject", cut(subject, 300))
			.param("body", cut(body, 8000))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	List<Notification> of(String recipient, boolean unreadOnly, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from notification where recipient = :recipient"
					+ (unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id desc limit :limit")
			.param("recipient", recipient)
			.param("limit", limit)
			.query(NotificationStore::notification)
			.list();
	}

	long unread(String recipient) {
		return this.jdbc.sql("select count(*) from notification where recipient = :recipient and read_at is null")
			.param("recipient", recipient)
			.query(Long.class)
			.single();
	}

	Optional<Notification> markRead(String recipient, long id, Instant now) {
		this.jdbc
			.sql("update notification set read_at = :now where id = :id and recipient = :recipient and read_at is null")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("recipient", recipient)
			.update();
		return this.jdbc.sql("select " + COLUMNS + " from notification where id = :id and recipient = :recipient")
			.param("id", id)
			.param("recipient", recipient)
			.query(NotificationStore::notification)
			.optional();
	}

	int markAllRead(String recipient, Instant now) {
		return this.jdbc.sql("update notification set read_at = :now where recipient = :recipient and read_at is null")
			.param("now", Timestamp.from(now))
			.param("recipient", recipient)
			.update();
	}

	NotificationPreference preference(String username) {
		return this.jdbc.sql("select email, delivery from notification_preference where username = :username")
			.param("username", username)
			.query((rs, n) -> new NotificationPreference(rs.getString(1), Delivery.valueOf(rs.getString(2))))
			.optional()
			.orElse(new NotificationPreference(null, Delivery.IMMEDIATE));
	}

	void savePreference(String username, NotificationPreference preference) {
		this.jdbc.sql("""
				insert into notification_preference (username, email, delivery) values (:username, :email, :delivery)
				on conflict (username) do update set email = excluded.email, delivery = excluded.delivery""")
			.param("username", username)
			.param("email", preference.email())
			.param("delivery", preference.delivery().name())
			.update();
	}

	List<OutboxMessage> outbox(int limit) {
		return this.jdbc.sql("""
				select id, recipient, address, subject, body, created_at, sent_at, attempts, last_error
				from mail_outbox order by id desc limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), instant(rs, 7), rs.getInt(8), rs.getString(9)))
			.list();
	}

	/** Unsent mail with an address, locked for this sender (others skip it). */
	List<OutboxMessage> lockUnsent(int limit) {
		return this.jdbc.sql("""
				select id, recipient, address, subject, body, created_at, sent_at, attempts, last_error
				from mail_outbox where sent_at is null and address is not null and attempts < 10
				order by id limit :limit for update skip locked""")
			.param("limit", limit)
			.query((rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), instant(rs, 7), rs.getInt(8), rs.getString(9)))
			.list();
	}

	void sent(long id, Instant now) {
		this.jdbc
			.sql("update mail_outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void failed(long id, String error) {
		this.jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = :error where id = :id")
			.param("error", cut(error, 500))
			.param("id", id)
			.update();
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		Long escalation = rs.getObject("escalation_id", Long.class);
		return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("client_id"), rs.getString("claim_number"), escalation, rs.getString("title"),
				rs.getString("body"), rs.getTimestamp("created_at").toInstant(), instant(rs, "read_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
