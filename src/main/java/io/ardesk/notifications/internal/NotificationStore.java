package io.ardesk.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the notification tables, named with their schema ({@code control}): a writer may
 * run in a client's transaction (the reminder jobs record what they announce with it).
 */
@Component
class NotificationStore {

	private static final String COLUMNS = "id, kind, client_id, claim_number, escalation_id, title, body, created_at, read_at";

	/** Rows written per statement (as arrays: eleven parameters whatever the count). */
	static final int ROWS = 1_000;

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A notification to write with the text of its e-mail. Whether it is mailed, and to
	 * which address, is the recipient's preference (immediate e-mail with no address when
	 * they set none), unless {@code address} names the address to mail it to whatever the
	 * preference.
	 */
	record Outgoing(NotificationRequest request, @Nullable String address, String mailBody) {
	}

	/** What {@link #insertAll} wrote. */
	record Written(int notified, int mailed) {
	}

	/**
	 * Writes the notifications whose idempotency key was not sent before, each with its
	 * e-mail in the outbox when the recipient wants one; a key twice in the list counts
	 * once (the first). One call of {@code control.insert_notifications} per chunk reads
	 * the preferences and writes both tables: the rows go as arrays ({@code unnest}), a
	 * key sent before is skipped by the unique key (with its e-mail), and the outbox rows
	 * take the ids the notification insert returned.
	 */
	Written insertAll(List<Outgoing> outgoing, Instant now) {
		Map<String, Outgoing> byKey = new LinkedHashMap<>();
		outgoing.forEach((row) -> byKey.putIfAbsent(cut(row.request().idempotencyKey(), 300), row));
		List<Map.Entry<String, Outgoing>> fresh = List.copyOf(byKey.entrySet());
		int notified = 0;
		int mailed = 0;
		for (int from = 0; from < fresh.size(); from += ROWS) {
			List<Map.Entry<String, Outgoing>> chunk = fresh.subList(from, Math.min(fresh.size(), from + ROWS));
			int size = chunk.size();
			String[] recipients = new String[size];
			String[] kinds = new String[size];
			String[] clients = new String[size];
			String[] claims = new String[size];
			Long[] escalations = new Long[size];
			String[] titles = new String[size];
			String[] bodies = new String[size];
			String[] keys = new String[size];
			String[] addresses = new String[size];
			String[] mailBodies = new String[size];
			for (int i = 0; i < size; i++) {
				Outgoing row = chunk.get(i).getValue();
				NotificationRequest request = row.request();
				recipients[i] = request.recipient();
				kinds[i] = request.kind().name();
				clients[i] = (request.client() != null) ? request.client().value() : null;
				claims[i] = request.claimNumber();
				escalations[i] = request.escalationId();
				titles[i] = cut(request.title(), 300);
				bodies[i] = cut(request.body(), 8000);
				keys[i] = chunk.get(i).getKey();
				addresses[i] = row.address();
				mailBodies[i] = cut(row.mailBody(), 8000);
			}
			// A function with a fixed search path (control/007): called from a client's
			// transaction, its insert stays planned for the session, not once per client.
			Written written = this.jdbc.sql("""
					select notified, mailed from control.insert_notifications(cast(:recipients as varchar[]),
					  cast(:kinds as varchar[]), cast(:clients as varchar[]), cast(:claims as varchar[]),
					  cast(:escalations as bigint[]), cast(:titles as varchar[]), cast(:bodies as varchar[]),
					  cast(:keys as varchar[]), cast(:addresses as varchar[]), cast(:mailBodies as varchar[]),
					  cast(:now as timestamptz))""")
				.param("recipients", recipients)
				.param("kinds", kinds)
				.param("clients", clients)
				.param("claims", claims)
				.param("escalations", escalations)
				.param("titles", titles)
				.param("bodies", bodies)
				.param("keys", keys)
				.param("addresses", addresses)
				.param("mailBodies", mailBodies)
				.param("now", Timestamp.from(now))
				.query((rs, n) -> new Written(rs.getInt(1), rs.getInt(2)))
				.single();
			notified += written.notified();
			mailed += written.mailed();
		}
		return new Written(notified, mailed);
	}

	boolean exists(String idempotencyKey) {
		return this.jdbc.sql("select exists (select 1 from control.notification where idempotency_key = :key)")
			.param("key", idempotencyKey)
			.query(Boolean.class)
			.single();
	}

	List<Notification> of(String recipient, boolean unreadOnly, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from control.notification where recipient = :recipient"
					+ (unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id desc limit :limit")
			.param("recipient", recipient)
			.param("limit", limit)
			.query(NotificationStore::notification)
			.list();
	}

	long unread(String recipient) {
		return this.jdbc
			.sql("select count(*) from control.notification where recipient = :recipient and read_at is null")
			.param("recipient", recipient)
			.query(Long.class)
			.single();
	}

	Optional<Notification> markRead(String recipient, long id, Instant now) {
		this.jdbc.sql(
				"update control.notification set read_at = :now where id = :id and recipient = :recipient and read_at is null")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("recipient", recipient)
			.update();
		return this.jdbc
			.sql("select " + COLUMNS + " from control.notification where id = :id and recipient = :recipient")
			.param("id", id)
			.param("recipient", recipient)
			.query(NotificationStore::notification)
			.optional();
	}

	int markAllRead(String recipient, Instant now) {
		return this.jdbc
			.sql("update control.notification set read_at = :now where recipient = :recipient and read_at is null")
			.param("now", Timestamp.from(now))
			.param("recipient", recipient)
			.update();
	}

	NotificationPreference preference(String username) {
		return this.jdbc.sql("select email, delivery from control.notification_preference where username = :username")
			.param("username", username)
			.query((rs, n) -> new NotificationPreference(rs.getString(1), Delivery.valueOf(rs.getString(2))))
			.optional()
			.orElse(new NotificationPreference(null, Delivery.IMMEDIATE));
	}

	void savePreference(String username, NotificationPreference preference) {
		this.jdbc
			.sql("""
					insert into control.notification_preference (username, email, delivery) values (:username, :email, :delivery)
					on conflict (username) do update set email = excluded.email, delivery = excluded.delivery""")
			.param("username", username)
			.param("email", preference.email())
			.param("delivery", preference.delivery().name())
			.update();
	}

	List<OutboxMessage> outbox(int limit) {
		return this.jdbc.sql("""
				select id, recipient, address, subject, body, created_at, sent_at, attempts, last_error
				from control.mail_outbox order by id desc limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), instant(rs, 7), rs.getInt(8), rs.getString(9)))
			.list();
	}

	/** Unsent mail with an address, locked for this sender (others skip it). */
	List<OutboxMessage> lockUnsent(int limit) {
		return this.jdbc.sql("""
				select id, recipient, address, subject, body, created_at, sent_at, attempts, last_error
				from control.mail_outbox where sent_at is null and address is not null and attempts < 10
				order by id limit :limit for update skip locked""")
			.param("limit", limit)
			.query((rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), instant(rs, 7), rs.getInt(8), rs.getString(9)))
			.list();
	}

	void sent(long id, Instant now) {
		this.jdbc.sql(
				"update control.mail_outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void failed(long id, String error) {
		this.jdbc.sql("update control.mail_outbox set attempts = attempts + 1, last_error = :error where id = :id")
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
