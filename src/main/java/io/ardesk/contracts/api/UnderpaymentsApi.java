package io.ardesk.contracts.api;

import java.math.BigDecimal;
import java.util.List;

import io.ardesk.contracts.Underpayments;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.export.TableFile;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The underpayment worklist of a client (firm staff only), as JSON with
 * {@code X-Total-Count}, CSV or XLSX.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
class UnderpaymentsApi {

	private final Underpayments underpayments;

	UnderpaymentsApi(Underpayments underpayments) {
		this.underpayments = underpayments;
	}

	record Row(String claimNumber, int lineNumber, String procedureCode, String payer, BigDecimal expected,
			BigDecimal allowed, BigDecimal variance) {
	}

	@GetMapping("/underpayments")
	ResponseEntity<List<Row>> list(@PathVariable String clientId) {
		List<Row> rows = this.underpayments.list(ApiClientIds.parse(clientId), null)
			.stream()
			.map((u) -> new Row(u.claimNumber(), u.lineNumber(), u.procedureCode(), u.payer(), u.expected(),
					u.allowed(), u.variance()))
			.toList();
		return ResponseEntity.ok().header("X-Total-Count", String.valueOf(rows.size())).body(rows);
	}

	@GetMapping({ "/underpayments.csv", "/underpayments.xlsx", "/underpayments/export.csv",
			"/underpayments/export.xlsx" })
	ResponseEntity<byte[]> export(@PathVariable String clientId, HttpServletRequest request) {
		TableFile.Format format = request.getRequestURI().endsWith(".xlsx") ? TableFile.Format.XLSX
				: TableFile.Format.CSV;
		TableFile table = ContractTables.underpayments(this.underpayments.list(ApiClientIds.parse(clientId), null));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("underpayments." + format.extension()).build().toString())
			.contentType(MediaType.parseMediaType(format.contentType()))
			.body(table.write(format));
	}

}
