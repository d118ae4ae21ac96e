package io.ardesk.worklist.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueueView;
import io.ardesk.worklist.SavedFilters;
import io.ardesk.worklist.WorkStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved filters, kept as {@code key=value&...} text so that a filter field added later
 * leaves older saved filters readable.
 */
@Service
class SavedFiltersService implements SavedFilters {

	private final SavedFilterRecords records;

	private final ClientAccess access;

	private final Clock clock;

	SavedFiltersService(SavedFilterRecords records, ClientAccess access, Clock clock) {
		this.records = records;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SavedFilter> mine() {
		return this.records.findByUsernameOrderByName(me())
			.stream()
			.map((record) -> new SavedFilter(record.id(), record.name(), decode(record.filter())))
			.toList();
	}

	@Override
	@Transactional
	public SavedFilter save(String name, QueueFilter filter) {
		String title = Inputs.required(name, "name", "The name", MAX_NAME);
		String user = me();
		String text = encode(filter);
		SavedFilterRecord record = this.records.findByUsernameAndName(user, title)
			.orElseGet(() -> new SavedFilterRecord(user, title, text, this.clock.instant()));
		record.replace(text, this.clock.instant());
		SavedFilterRecord saved = this.records.save(record);
		return new SavedFilter(saved.id(), saved.name(), decode(saved.filter()));
	}

	@Override
	@Transactional
	public void delete(long id) {
		String user = me();
		this.records.findById(id).filter((record) -> record.username().equals(user)).ifPresent(this.records::delete);
	}

	private String me() {
		return this.access.currentUser()
			.map(CurrentUser::username)
			.orElseThrow(() -> new ClientAccessDeniedException("Sign in to save filters"));
	}

	static String encode(QueueFilter filter) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		values.put("owner", filter.owner());
		values.put("payer", filter.payerId());
		values.put("status", (filter.status() != null) ? filter.status().name() : null);
		values.put("denial", filter.denialCategory());
		values.put("minAge", filter.minAgeDays());
		values.put("maxAge", filter.maxAgeDays());
		values.put("view", filter.view().name());
		values.put("workStatus", (filter.workStatus() != null) ? filter.workStatus().name() : null);
		values.put("within", filter.deadlineWithinDays());
		values.put("q", filter.search());
		StringBuilder text = new StringBuilder();
		values.forEach((key, value) -> {
			if (value != null) {
				text.append((text.isEmpty()) ? "" : "&")
					.append(key)
					.append('=')
					.append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return text.toString();
	}

	/**
	 * Reads what {@link #encode} wrote; unknown keys and values that no longer parse are
	 * left out.
	 */
	static QueueFilter decode(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : text.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				values.put(pair.substring(0, equals),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return new QueueFilter(values.get("owner"), number(values.get("payer")),
				constant(ClaimStatus.class, values.get("status")), values.get("denial"), integer(values.get("minAge")),
				integer(values.get("maxAge")), null, null, null,
				(constant(QueueView.class, values.get("view")) != null) ? constant(QueueView.class, values.get("view"))
						: QueueView.LIVE,
				constant(WorkStatus.class, values.get("workStatus")), integer(values.get("within")), values.get("q"));
	}

	private static @Nullable Integer integer(@Nullable String value) {
		try {
			return (value != null) ? Integer.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Long number(@Nullable String value) {
		try {
			return (value != null) ? Long.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String value) {
		try {
			return (value != null) ? Enum.valueOf(type, value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
