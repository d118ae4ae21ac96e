package io.ardesk.demodata;

import java.util.List;

/**
 * The files a practice would have exchanged with its payers, oldest first (on one day:
 * the claim file before the remittance files, remittances by payer id).
 */
public record ArHistory(List<GeneratedFile> files) {

	public ArHistory {
		files = List.copyOf(files);
	}

	public List<GeneratedFile> files(FileKind kind) {
		return this.files.stream().filter((file) -> file.kind() == kind).toList();
	}

}
