package io.ardesk.remittance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the posting a reversal (CLP02=22) takes back: an earlier claim payment of the
 * same payer, for the same payer claim number (else the same patient control number),
 * with the negated charge and payment, not reversed before. Earlier payments of the same
 * file count too, in file order.
 */
final class ReversalMatcher {

	/** A posted claim payment a reversal may take back. */
	record Original(long paymentId, long claimId, long payerId, String patientControlNumber,
			@Nullable String payerClaimNumber, BigDecimal charge, BigDecimal paid) {
	}

	private final List<Original> candidates = new ArrayList<>();

	private final Set<Long> taken = new HashSet<>();

	private ReversalMatcher() {
	}

	/** Loads the posted payments the reversals of a file could take back. */
	static ReversalMatcher load(JdbcClient jdbc, Collection<String> claimNumbers,
			Collection<String> payerClaimNumbers) {
		ReversalMatcher matcher = new ReversalMatcher();
		if (claimNumbers.isEmpty() && payerClaimNumbers.isEmpty()) {
			return matcher;
		}
		List<String> pcns = claimNumbers.isEmpty() ? List.of("") : List.copyOf(claimNumbers);
		List<String> icns = payerClaimNumbers.isEmpty() ? List.of("") : List.copyOf(payerClaimNumbers);
		matcher.candidates.addAll(jdbc
			.sql("select cp.id, cp.claim_id, r.payer_id, cp.patient_control_number, cp.payer_claim_number, "
					+ "cp.charge, cp.paid from claim_payment cp join remittance r on r.id = cp.remittance_id "
					+ "where cp.claim_id is not null and cp.status_code <> '22' and cp.reversed_by_id is null "
					+ "and (cp.payer_claim_number in (:icns) or cp.patient_control_number in (:pcns)) order by cp.id")
			.param("icns", icns)
			.param("pcns", pcns)
			.query((rs, row) -> new Original(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
			.list());
		return matcher;
	}

	/** A payment of the file being posted, which a later reversal in it may take back. */
	void posted(Original original) {
		this.candidates.add(original);
	}

	/**
	 * The latest matching original, taken so that no second reversal takes it back; by
	 * payer claim number first, else by patient control number.
	 */
	@Nullable Original take(long payerId, String patientControlNumber, @Nullable String payerClaimNumber, BigDecimal charge,
			BigDecimal paid) {
		Original byPayerClaimNumber = null;
		Original byClaimNumber = null;
		for (Original candidate : this.candidates) {
			if (this.taken.contains(candidate.paymentId()) || candidate.payerId() != payerId
					|| candidate.charge().compareTo(charge.negate()) != 0
					|| candidate.paid().compareTo(paid.negate()) != 0) {
				continue;
			}
			if (payerClaimNumber != null && payerClaimNumber.equals(candidate.payerClaimNumber())) {
				byPayerClaimNumber = candidate;
			}
			else if (candidate.patientControlNumber().equals(patientControlNumber)) {
				byClaimNumber = candidate;
			}
		}
		Original found = (byPayerClaimNumber != null) ? byPayerClaimNumber : byClaimNumber;
		if (found != null) {
			this.taken.add(found.paymentId());
		}
		return found;
	}

	/** Gives an original back when the reversal that took it was held. */
	void release(long paymentId) {
		this.taken.remove(paymentId);
	}

}
