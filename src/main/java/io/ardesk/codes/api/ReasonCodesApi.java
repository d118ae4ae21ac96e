package io.ardesk.codes.api;

import java.io.IOException;
import java.util.Map;

import io.ardesk.codes.CodeList;
import io.ardesk.codes.ReasonCodeLists;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.shared.upload.MultipartUpload;
import io.ardesk.shared.upload.UploadLimit;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Firm administrators load fuller official CARC or RARC lists: {@code ?kind=CARC|RARC}
 * and the CSV as the multipart field {@code file}, read as it arrives and refused (413)
 * at the code-list size limit.
 */
@RestController
@RequestMapping("/api/v1/admin/reason-codes")
class ReasonCodesApi {

	private final ReasonCodeLists lists;

	private final UploadLimit limit;

	ReasonCodesApi(ReasonCodeLists lists, ArdeskSettings settings) {
		this.lists = lists;
		this.limit = new UploadLimit(settings.uploads().maxCodeListSize(), "code list");
	}

	/** Only administrators get as far as sending the file. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('FIRM_ADMIN')")
	public Map<String, Object> upload(@RequestParam CodeList kind, HttpServletRequest request) throws IOException {
		MultipartUpload.UploadedFile file = MultipartUpload.read(request, this.limit);
		int loaded = this.lists.upload(kind, (file.fileName() != null) ? file.fileName() : "list.csv", file.content());
		return Map.of("kind", kind.name(), "loaded", loaded);
	}

}
