package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads claims in bulk and writes their balances back with an optimistic version check.
 */
@Component
class ClaimRows {

	private static final int CHUNK = 1000;

	static final String COLUMNS = "id, claim_number, payer_claim_number, payer_id, responsibility, status, "
			+ "service_date_from, service_date_to, billed, payer_paid, patient_paid, contractual, other_adjusted, "
			+ "written_off, denied_open, insurance_balance, patient_balance, awaiting_next_payer, denial_category, "
			+ "denial_reason, crossover, last_adjudicated_on, version, opened_on";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ClaimRows(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Claims by claim number; {@code for update} so that concurrent postings queue up.
	 */
	Map<String, ExistingClaim> byClaimNumber(Collection<String> claimNumbers) {
		return load("claim_number", claimNumbers, true);
	}

	Map<String, ExistingClaim> byPayerClaimNumber(Collection<String> payerClaimNumbers) {
		return load("payer_claim_number", payerClaimNumbers, false);
	}

	Map<Long, ExistingClaim> byId(Collection<Long> ids) {
		Map<Long, ExistingClaim> result = new HashMap<>();
		List<Long> list = new ArrayList<>(ids);
		for (int from = 0; from < list.size(); from += CHUNK) {
			this.jdbc.sql("select " + COLUMNS + " from claim where id in (:ids) for update")
				.param("ids", list.subList(from, Math.min(list.size(), from + CHUNK)))
				.query((rs, row) -> map(rs))
				.list()
				.forEach((claim) -> result.put(claim.id(), claim));
		}
		return result;
	}

	private Map<String, ExistingClaim> load(String column, Collection<String> values, boolean lock) {
		Map<String, ExistingClaim> result = new HashMap<>();
		List<String> list = new ArrayList<>(values);
		for (int from = 0; from < list.size(); from += CHUNK) {
			this.jdbc
				.sql("select " + COLUMNS + " from claim where " + column + " in (:values)"
						+ (lock ? " for update" : ""))
				.param("values", list.subList(from, Math.min(list.size(), from + CHUNK)))
				.query((rs, row) -> map(rs))
				.list()
				.forEach((claim) -> result
					.put("claim_number".equals(column) ? claim.claimNumber() : claim.payerClaimNumber(), claim));
		}
		return result;
	}

	/**
	 * Writes new balances and status; fails if someone changed a claim since it was read.
	 */
	void updateBalances(List<Update> updates) {
		for (int from = 0; from < updates.size(); from += UPDATE_CHUNK) {
			List<Update> chunk = updates.subList(from, Math.min(updates.size(), from + UPDATE_CHUNK));
			Integer changed = this.template.execute((ConnectionCallback<Integer>) (connection) -> {
				int n = chunk.size();
				Object[][] columns = new Object[19][n];
				for (int i = 0; i < n; i++) {
					Update update = chunk.get(i);
					Balances b = update.balances();
					Object[] row = { b.payerPaid(), b.patientPaid(), b.contractual(), b.otherAdjusted(), b.writtenOff(),
							b.deniedOpen(), b.insuranceBalance(), b.patientBalance(), b.awaitingNextPayer(),
							b.denialCategory(), b.denialReason(), b.crossover(), update.status().name(),
							update.payerId(), update.responsibility(), update.payerClaimNumber(),
							update.adjudicatedOn(), update.claimId(), update.version() };
					for (int c = 0; c < row.length; c++) {
						columns[c][i] = row[c];
					}
				}
				try (PreparedStatement statement = connection.prepareStatement(UPDATE_BALANCES)) {
					for (int c = 0; c < columns.length; c++) {
						statement.setArray(c + 1, connection.createArrayOf(UPDATE_TYPES[c], columns[c]));
					}
					return statement.executeUpdate();
				}
			});
			if (changed == null || changed != chunk.size()) {
				throw new OptimisticLockingFailureException(
						"A claim was changed by someone else while this was being saved");
			}
		}
	}

	/** Claims written by one statement. */
	private static final int UPDATE_CHUNK = 5_000;

	/** The element type of each array of {@link #UPDATE_BALANCES}, in order. */
	private static final String[] UPDATE_TYPES = { "numeric", "numeric", "numeric", "numeric", "numeric", "numeric",
			"numeric", "numeric", "numeric", "varchar", "varchar", "bool", "varchar", "int8", "varchar", "varchar",
			"date", "int8", "int8" };

	/**
	 * One statement for many claims: the new values arrive as one array per column. A
	 * claim whose version moved since it was read is not updated, and the count tells.
	 */
	private static final String UPDATE_BALANCES = "update claim c set payer_paid = v.payer_paid, "
			+ "patient_paid = v.patient_paid, contractual = v.contractual, other_adjusted = v.other_adjusted, "
			+ "written_off = v.written_off, denied_open = v.denied_open, insurance_balance = v.insurance_balance, "
			+ "patient_balance = v.patient_balance, awaiting_next_payer = v.awaiting_next_payer, "
			+ "denial_category = v.denial_category, denial_reason = v.denial_reason, crossover = v.crossover, "
			+ "status = v.status, payer_id = v.payer_id, responsibility = v.responsibility, "
			+ "payer_claim_number = coalesce(v.payer_claim_number, c.payer_claim_number), "
			+ "last_adjudicated_on = coalesce(v.adjudicated_on, c.last_adjudicated_on), version = c.version + 1, "
			+ "updated_at = now() from unnest(?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], "
			+ "?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::varchar[], ?::varchar[], ?::bool[], "
			+ "?::varchar[], ?::int8[], ?::varchar[], ?::varchar[], ?::date[], ?::int8[], ?::int8[]) "
			+ "as v(payer_paid, patient_paid, contractual, other_adjusted, written_off, denied_open, insurance_balance, "
			+ "patient_balance, awaiting_next_payer, denial_category, denial_reason, crossover, status, payer_id, "
			+ "responsibility, payer_claim_number, adjudicated_on, id, version) "
			+ "where c.id = v.id and c.version = v.version";

	/**
	 * @param payerClaimNumber kept when {@code null}
	 * @param adjudicatedOn kept when {@code null}
	 */
	record Update(long claimId, long version, Balances balances, ClaimStatus status, long payerId,
			String responsibility, java.sql.@Nullable Date adjudicatedOn, @Nullable String payerClaimNumber) {
	}

	private static ExistingClaim map(ResultSet rs) throws SQLException {
		Balances balances = new Balances(rs.getBigDecimal("payer_paid"), rs.getBigDecimal("patient_paid"),
				rs.getBigDecimal("contractual"), rs.getBigDecimal("other_adjusted"), rs.getBigDecimal("written_off"),
				rs.getBigDecimal("denied_open"), rs.getBigDecimal("insurance_balance"),
				rs.getBigDecimal("patient_balance"), rs.getBigDecimal("awaiting_next_payer"),
				rs.getString("denial_category"), rs.getString("denial_reason"), rs.getBoolean("crossover"),
				rs.getDate("last_adjudicated_on") != null);
		return new ExistingClaim(rs.getLong("id"), rs.getString("claim_number"), rs.getString("payer_claim_number"),
				rs.getLong("payer_id"), rs.getString("responsibility"), ClaimStatus.valueOf(rs.getString("status")),
				rs.getDate("service_date_from").toLocalDate(), rs.getDate("service_date_to").toLocalDate(),
				rs.getBigDecimal("billed"), balances, rs.getLong("version"),
				rs.getObject("opened_on", LocalDate.class));
	}

	static BigDecimal zeroIfNull(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
