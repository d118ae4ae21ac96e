package io.ardesk.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ardesk.notifications.Delivery;
import io.ardesk.notifications.Notification;
import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.NotificationPreference;
import io.ardesk.notifications.NotificationRequest;
import io.ardesk.notifications.OutboxMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the notification tables (control schema: callers run with no client bound).
 */
@Component
class NotificationStore {

	private static final String COLUMNS = "id, kind, client_id, claim_number, escalation_id, title, body, created_at, read_at";

	/**
	 * Rows per multi-row statement (9 parameters a row, far below PostgreSQL's 65,535).
	 */
	static final int ROWS = 500;

	/** Idempotency keys looked up per statement. */
	static final int KEYS = 5_000;

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A notification written by {@link #insertAll}. */
	record Inserted(long id, NotificationRequest request) {
	}

	/** An e-mail of a new notification, for {@link #insertMails}. */
	record OutboxRow(long notificationId, String recipient, @Nullable String address, String subject, String body) {
	}

	/**
	 * Inserts the requests whose idempotency key was not sent before, with multi-row
	 * statements; a key twice in the list counts once (the first). Returns the new ones.
	 */
	List<Inserted> insertAll(List<NotificationRequest> requests, Instant now) {
		Map<String, NotificationRequest> byKey = new LinkedHashMap<>();
		requests.forEach((request) -> byKey.putIfAbsent(cut(request.idempotencyKey(), 300), request));
		// Keys sent before are left out first, with one fixed statement: a rerun (most
		// runs
		// of a job send nothing new) then writes nothing at all, and the multi-row insert
		// (a new statement text per row count) is planned only for new rows.
		List<String> asked = List.copyOf(byKey.keySet());
		for (int from = 0; from < asked.size(); from += KEYS) {
			List<String> keys = asked.subList(from, Math.min(asked.size(), from + KEYS));
			this.jdbc.sql("select idempotency_key from notification where idempotency_key = any(:keys)")
				.param("keys", keys.toArray(String[]::new))
				.query(String.class)
				.list()
				.forEach(byKey::remove);
		}
		List<NotificationRequest> distinct = List.copyOf(byKey.values());
		List<Inserted> inserted = new ArrayList<>();
		for (int from = 0; from < distinct.size(); from += ROWS) {
			List<NotificationRequest> chunk = distinct.subList(from, Math.min(distinct.size(), from + ROWS));
			StringBuilder values = new StringBuilder();
			Map<String, Object> params = new HashMap<>();
			for (int i = 0; i < chunk.size(); i++) {
				NotificationRequest request = chunk.get(i);
				values.append((i > 0) ? ", " : "")
					.append("(:r%1$d, :k%1$d, :c%1$d, :n%1$d, :e%1$d, :t%1$d, :b%1$d, :i%1$d, :now)".formatted(i));
				params.put("r" + i, request.recipient());
				params.put("k" + i, request.kind().name());
				params.put("c" + i, typed(Types.VARCHAR, (request.client() != null) ? request.client().value() : null));
				params.put("n" + i, typed(Types.VARCHAR, request.claimNumber()));
				params.put("e" + i, typed(Types.BIGINT, request.escalationId()));
				params.put("t" + i, cut(request.title(), 300));
				params.put("b" + i, cut(request.body(), 8000));
				params.put("i" + i, cut(request.idempotencyKey(), 300));
			}
			inserted.addAll(this.jdbc.sql("""
					insert into notification (recipient, kind, client_id, claim_number, escalation_id, title, body,
					  idempotency_key, created_at)
					values %s
					on conflict (idempotency_key) do nothing returning id, idempotency_key""".formatted(values))
				.params(params)
				.param("now", Timestamp.from(now))
				.query((rs, n) -> new Inserted(rs.getLong(1), byKey.get(rs.getString(2))))
				.list());
		}
		return inserted;
	}

	/**
	 * The users' preferences (immediate e-mail with no address for those who set none).
	 */
	Map<String, NotificationPreference> preferences(Collection<String> usernames) {
		Map<String, NotificationPreference> preferences = new HashMap<>();
		usernames
			.forEach((username) -> preferences.put(username, new NotificationPreference(null, Delivery.IMMEDIATE)));
		if (!usernames.isEmpty()) {
			this.jdbc
				.sql("select username, email, delivery from notification_preference where username in (:usernames)")
				.param("usernames", usernames)
				.query((rs, n) -> preferences.put(rs.getString(1),
						new NotificationPreference(rs.getString(2), Delivery.valueOf(rs.getString(3)))))
				.list();
		}
		return preferences;
	}

	/** Puts the e-mails in the outbox with multi-row statements. */
	void insertMails(List<OutboxRow> mails, Instant now) {
		for (int from = 0; from < mails.size(); from += ROWS) {
			List<OutboxRow> chunk = mails.subList(from, Math.min(mails.size(), from + ROWS));
			StringBuilder values = new StringBuilder();
			Map<String, Object> params = new HashMap<>();
			for (int i = 0; i < chunk.size(); i++) {
				OutboxRow mail = chunk.get(i);
				values.append((i > 0) ? ", " : "")
					.append("(:n%1$d, :r%1$d, :a%1$d, :s%1$d, :b%1$d, :now)".formatted(i));
				params.put("n" + i, mail.notificationId());
				params.put("r" + i, mail.recipient());
				params.put("a" + i, typed(Types.VARCHAR, mail.address()));
				params.put("s" + i, cut(mail.subject(), 300));
				params.put("b" + i, cut(mail.body(), 8000));
			}
			this.jdbc
				.sql("insert into mail_outbox (notification_id, recipient, address, subject, body, created_at) values "
						+ values)
				.params(params)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/**
	 * A possibly null parameter with its type (no metadata round trip to type a null).
	 */
	private static SqlParameterValue typed(int type, @Nullable Object value) {
		return new SqlParameterValue(type, value);
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
