package io.ardesk.remittance.api;

import java.util.List;
import java.util.Locale;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.remittance.PostingException;
import io.ardesk.remittance.PostingExceptionTable;
import io.ardesk.remittance.PostingExceptions;
import io.ardesk.remittance.RemittanceQueries;
import io.ardesk.remittance.UnmatchedPayment;
import io.ardesk.remittance.UnmatchedPaymentTable;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{clientId}/unmatched-payments.csv|xlsx} and
 * {@code …/posting-exceptions.csv|xlsx} (with the list's {@code status=OPEN|ALL}): the
 * same rows as the lists. Firm-internal: a practice's viewer is refused (403).
 */
@RestController
class RemittanceFiles {

	private final RemittanceQueries queries;

	private final PostingExceptions exceptions;

	RemittanceFiles(RemittanceQueries queries, PostingExceptions exceptions) {
		this.queries = queries;
		this.exceptions = exceptions;
	}

	@GetMapping({ "/api/v1/clients/{clientId}/unmatched-payments.csv",
			"/api/v1/clients/{clientId}/unmatched-payments.xlsx" })
	void unmatched(@PathVariable String clientId, HttpServletRequest request, HttpServletResponse response) {
		ClientId client = ApiClientIds.parse(clientId);
		List<UnmatchedPayment> payments = this.queries.unmatchedPayments(client);
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()),
				"unmatched-payments-" + client.value(), "Unmatched payments", UnmatchedPaymentTable.HEADER,
				(writer) -> UnmatchedPaymentTable.write(payments, writer));
	}

	@GetMapping({ "/api/v1/clients/{clientId}/posting-exceptions.csv",
			"/api/v1/clients/{clientId}/posting-exceptions.xlsx" })
	void exceptions(@PathVariable String clientId, @RequestParam(defaultValue = "OPEN") String status,
			HttpServletRequest request, HttpServletResponse response) {
		boolean openOnly = switch (status.strip().toUpperCase(Locale.ROOT)) {
			case "OPEN" -> true;
			case "ALL" -> false;
			default -> throw new InvalidInputException("status", "status must be OPEN or ALL");
		};
		ClientId client = ApiClientIds.parse(clientId);
		List<PostingException> list = this.exceptions.list(client, openOnly);
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()),
				"posting-exceptions-" + client.value(), "Posting exceptions", PostingExceptionTable.HEADER,
				(writer) -> PostingExceptionTable.write(list, writer));
	}

}
