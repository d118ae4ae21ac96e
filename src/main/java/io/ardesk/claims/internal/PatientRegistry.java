package io.ardesk.claims.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ardesk.edi.PatientIdentity;
import io.ardesk.edi.PostalAddress;
import io.ardesk.shared.jdbc.SequenceIds;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client's patients, found by account number or by member id, name and date of birth;
 * new ones are inserted in one batch. A file that gives a patient's mailing address
 * replaces the address on record: the latest import is the practice's latest word.
 */
@Component
class PatientRegistry {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final SequenceIds ids;

	PatientRegistry(JdbcClient jdbc, JdbcTemplate template, SequenceIds ids) {
		this.jdbc = jdbc;
		this.template = template;
		this.ids = ids;
	}

	/** Ids of the given patients by {@link #key}, creating the ones not yet known. */
	Map<String, Long> resolve(List<PatientIdentity> patients) {
		Map<String, PatientIdentity> byKey = new LinkedHashMap<>();
		// One file may name a patient on many claims; the one giving an address wins.
		patients.forEach((patient) -> byKey.merge(key(patient), patient,
				(earlier, later) -> (earlier.address() == null && later.address() != null) ? later : earlier));
		Map<String, Long> found = new HashMap<>();
		List<String> keys = new ArrayList<>(byKey.keySet());
		for (int from = 0; from < keys.size(); from += CHUNK) {
			this.jdbc.sql("select patient_key, id from patient where patient_key in (:keys)")
				.param("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
				.query((rs, row) -> found.put(rs.getString(1), rs.getLong(2)))
				.list();
		}
		updateAddresses(byKey, found);
		List<String> missing = keys.stream().filter((key) -> !found.containsKey(key)).toList();
		long[] newIds = this.ids.next("patient", missing.size());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < missing.size(); i++) {
			PatientIdentity patient = byKey.get(missing.get(i));
			found.put(missing.get(i), newIds[i]);
			PostalAddress address = patient.address();
			rows.add(new Object[] { newIds[i], missing.get(i), patient.accountNumber(), patient.memberId(),
					patient.lastName(), patient.firstName(),
					(patient.dateOfBirth() != null) ? Date.valueOf(patient.dateOfBirth()) : null,
					(address != null) ? clip(address.line1(), 100) : null,
					(address != null) ? clip(address.line2(), 100) : null,
					(address != null) ? clip(address.city(), 60) : null,
					(address != null) ? clip(address.state(), 10) : null,
					(address != null) ? clip(address.zip(), 15) : null });
		}
		this.template.batchUpdate("insert into patient (id, patient_key, account_number, member_id, last_name, "
				+ "first_name, date_of_birth, address_line1, address_line2, city, state, zip) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return found;
	}

	/** Known patients whose file gives an address get it, unless it is the same. */
	private void updateAddresses(Map<String, PatientIdentity> byKey, Map<String, Long> found) {
		List<Object[]> rows = new ArrayList<>();
		byKey.forEach((key, patient) -> {
			PostalAddress address = patient.address();
			Long id = found.get(key);
			if (address != null && id != null) {
				rows.add(new Object[] { clip(address.line1(), 100), clip(address.line2(), 100),
						clip(address.city(), 60), clip(address.state(), 10), clip(address.zip(), 15), id });
			}
		});
		this.template.batchUpdate("update patient set address_line1 = ?, address_line2 = ?, city = ?, state = ?, "
				+ "zip = ? where id = ? and (address_line1, address_line2, city, state, zip) "
				+ "is distinct from (?, ?, ?, ?, ?)", rows.stream().map(PatientRegistry::twice).toList());
	}

	private static Object[] twice(Object[] row) {
		Object[] values = new Object[11];
		System.arraycopy(row, 0, values, 0, 6);
		System.arraycopy(row, 0, values, 6, 5);
		return values;
	}

	/**
	 * X12 allows longer elements than a mailing label holds; the columns keep a label.
	 */
	private static @Nullable String clip(@Nullable String value, int length) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	static String key(PatientIdentity patient) {
		if (patient.accountNumber() != null && !patient.accountNumber().isBlank()) {
			return "ACCT:" + patient.accountNumber().trim().toUpperCase(Locale.ROOT);
		}
		return "MBR:" + upper(patient.memberId()) + "|" + upper(patient.lastName()) + "|" + upper(patient.firstName())
				+ "|" + patient.dateOfBirth();
	}

	private static String upper(String value) {
		return (value != null) ? value.trim().toUpperCase(Locale.ROOT) : "";
	}

}
