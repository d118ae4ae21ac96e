package io.ardesk.claims.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ardesk.edi.PatientIdentity;
import io.ardesk.shared.jdbc.SequenceIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client's patients, found by account number or by member id, name and date of birth;
 * new ones are inserted in one batch.
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
		patients.forEach((patient) -> byKey.putIfAbsent(key(patient), patient));
		Map<String, Long> found = new HashMap<>();
		List<String> keys = new ArrayList<>(byKey.keySet());
		for (int from = 0; from < keys.size(); from += CHUNK) {
			this.jdbc.sql("select patient_key, id from patient where patient_key in (:keys)")
				.param("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
				.query((rs, row) -> found.put(rs.getString(1), rs.getLong(2)))
				.list();
		}
		List<String> missing = keys.stream().filter((key) -> !found.containsKey(key)).toList();
		long[] newIds = this.ids.next("patient", missing.size());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < missing.size(); i++) {
			PatientIdentity patient = byKey.get(missing.get(i));
			found.put(missing.get(i), newIds[i]);
			rows.add(new Object[] { newIds[i], missing.get(i), patient.accountNumber(), patient.memberId(),
					patient.lastName(), patient.firstName(),
					(patient.dateOfBirth() != null) ? Date.valueOf(patient.dateOfBirth()) : null });
		}
		this.template.batchUpdate("insert into patient (id, patient_key, account_number, member_id, last_name, "
				+ "first_name, date_of_birth) values (?, ?, ?, ?, ?, ?, ?)", rows);
		return found;
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
