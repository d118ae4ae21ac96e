package io.ardesk.codes.api;

import java.io.IOException;
import java.util.Map;

import io.ardesk.codes.CodeList;
import io.ardesk.codes.ReasonCodeLists;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Firm administrators load fuller official CARC or RARC lists. */
@RestController
@RequestMapping("/api/v1/admin/reason-codes")
class ReasonCodesApi {

	private final ReasonCodeLists lists;

	ReasonCodesApi(ReasonCodeLists lists) {
		this.lists = lists;
	}

	@PostMapping
	Map<String, Object> upload(@RequestParam CodeList kind, @RequestParam MultipartFile file) throws IOException {
		int loaded = this.lists.upload(kind,
				(file.getOriginalFilename() != null) ? file.getOriginalFilename() : "list.csv", file.getBytes());
		return Map.of("kind", kind.name(), "loaded", loaded);
	}

}
