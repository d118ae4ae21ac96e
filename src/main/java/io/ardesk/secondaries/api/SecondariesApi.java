package io.ardesk.secondaries.api;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.secondaries.SecondaryWorklist;
import io.ardesk.secondaries.UnaddressedSecondaries;
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
 * A client's unaddressed secondaries:
 * {@code {"afterDays","count","total","claims":[...]}} where {@code total} is the patient
 * responsibility left unbilled; also as CSV or Excel. Firm staff only.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
class SecondariesApi {

	private final UnaddressedSecondaries secondaries;

	SecondariesApi(UnaddressedSecondaries secondaries) {
		this.secondaries = secondaries;
	}

	@GetMapping("/secondaries")
	SecondaryWorklist secondaries(@PathVariable String clientId) {
		return this.secondaries.worklist(ApiClientIds.parse(clientId));
	}

	@GetMapping({ "/secondaries.csv", "/secondaries.xlsx" })
	ResponseEntity<byte[]> file(@PathVariable String clientId, HttpServletRequest request) {
		TableFile table = SecondaryTables.of(this.secondaries.worklist(ApiClientIds.parse(clientId)));
		TableFile.Format format = request.getRequestURI().endsWith(".xlsx") ? TableFile.Format.XLSX
				: TableFile.Format.CSV;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("secondaries-" + clientId + "." + format.extension())
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(format.contentType()))
			.body(table.write(format));
	}

}
