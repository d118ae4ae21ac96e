package io.ardesk.demodata;

import java.util.List;

/**
 * The files a practice would have exchanged with its payers, oldest first (on one day:
 * the claim file before the remittance files, remittances by payer id), and the firm's
 * work the story assumes, by date.
 */
public record ArHistory(List<GeneratedFile> files, List<FirmWork> work) {

	public ArHistory {
		files = List.copyOf(files);
		work = List.copyOf(work);
	}

	public ArHistory(List<GeneratedFile> files) {
		this(files, List.of());
	}

	public List<GeneratedFile> files(FileKind kind) {
		return this.files.stream().filter((file) -> file.kind() == kind).toList();
	}

}
