package io.ardesk.claims.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimFilter;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimRow;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.tenancy.ClientId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's claims for integration partners: a keyset-paged list and each claim with its
 * adjustments, lines and history. The ledger checks who may read the client.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/claims")
class ClaimsApi {

	static final int MAX_LIMIT = 500;

	private final ClaimLedger ledger;

	ClaimsApi(ClaimLedger ledger) {
		this.ledger = ledger;
	}

	record ClaimPage(List<ClaimItem> items, @Nullable String next) {
	}

	record ClaimItem(String claimNumber, ClaimStatus status, String payer, LocalDate serviceDateFrom,
			@Nullable LocalDate submittedOn, BigDecimal billed, BigDecimal paid, BigDecimal insuranceBalance,
			BigDecimal patientBalance) {

		static ClaimItem of(ClaimRow row) {
			return new ClaimItem(row.claimNumber(), row.status(), row.payer(), row.serviceDateFrom(), row.submittedOn(),
					money(row.billed()), money(row.paid()), money(row.insuranceBalance()), money(row.patientBalance()));
		}

	}

	/**
	 * @param deniedOpen the part of the insurance balance denied and still open
	 * @param awaitingNextPayer the part of the insurance balance waiting for the
	 * secondary (or tertiary) payer
	 * @param payerShares each payer's part and the patient's: paid and still owed
	 */
	record Claim(String claimNumber, ClaimStatus status, String payer, LocalDate serviceDateFrom,
			LocalDate serviceDateTo, @Nullable LocalDate submittedOn, BigDecimal billed, BigDecimal paid,
			BigDecimal insuranceBalance, BigDecimal patientBalance, BigDecimal deniedOpen, BigDecimal awaitingNextPayer,
			List<ShareItem> payerShares, List<AdjustmentItem> adjustments, List<String> remarks, List<LineItem> lines,
			List<HistoryItem> history) {

		static Claim of(ClaimDetail claim) {
			List<ClaimDetail.Payment> payments = claim.payments();
			return new Claim(claim.claimNumber(), claim.status(), claim.payer().name(), claim.serviceDateFrom(),
					claim.serviceDateTo(), claim.submittedOn(), money(claim.billed()), money(claim.paid()),
					money(claim.insuranceBalance()), money(claim.patientBalance()), money(claim.deniedOpen()),
					money(claim.awaitingNextPayer()),
					claim.shares()
						.stream()
						.map((share) -> new ShareItem(share.party(), share.payer(), money(share.paid()),
								money(share.owed())))
						.toList(),
					payments.stream()
						.flatMap((payment) -> payment.adjustments().stream())
						.map((adjustment) -> new AdjustmentItem(adjustment.group(), adjustment.reason(),
								money(adjustment.amount())))
						.toList(),
					payments.stream()
						.flatMap((payment) -> payment.remarks().stream())
						.map(ClaimDetail.Remark::code)
						.toList(),
					claim.lines()
						.stream()
						.map((line) -> new LineItem(line.lineNumber(), line.procedureCode(), line.modifiers(),
								line.units(), money(line.charge())))
						.toList(),
					claim.history()
						.stream()
						.map((entry) -> new HistoryItem(entry.occurredAt(), entry.actor(), entry.kind(),
								entry.description()))
						.toList());
		}

	}

	record AdjustmentItem(String group, String reason, BigDecimal amount) {
	}

	record ShareItem(String party, @Nullable String payer, BigDecimal paid, BigDecimal owed) {
	}

	record LineItem(int lineNumber, String procedureCode, @Nullable String modifiers, BigDecimal units,
			BigDecimal charge) {
	}

	record HistoryItem(Instant at, String actor, String kind, String description) {
	}

	@GetMapping
	ClaimPage claims(@PathVariable String clientId, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Long payer,
			@RequestParam(required = false) @Nullable String owedBy,
			@RequestParam(required = false) @Size(max = 80,
					message = "must be the next value of the previous page") @Pattern(regexp = "\\P{Cc}*",
							message = "must be the next value of the previous page") @Nullable String after,
			@RequestParam(defaultValue = "50") @Min(1) @Max(MAX_LIMIT) int limit) {
		ClientId client = ApiClientIds.parse(clientId);
		ClaimFilter filter = new ClaimFilter(parse(ClaimStatus.class, "status", status), payer,
				parse(ResponsibleParty.class, "owedBy", owedBy), null, false);
		// One row more than asked tells whether another page follows.
		List<ClaimRow> rows = this.ledger.claims(client, filter, blankToNull(after), limit + 1);
		List<ClaimRow> page = rows.subList(0, Math.min(limit, rows.size()));
		String next = (rows.size() > limit) ? page.getLast().claimNumber() : null;
		return new ClaimPage(page.stream().map(ClaimItem::of).toList(), next);
	}

	@GetMapping("/{claimNumber}")
	Claim claim(@PathVariable String clientId, @PathVariable String claimNumber) {
		return this.ledger.claim(ApiClientIds.parse(clientId), claimNumber)
			.map(Claim::of)
			.orElseThrow(() -> new NotFoundException("No such claim for this client."));
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(name, name + " must be one of "
					+ String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
					+ ".");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
