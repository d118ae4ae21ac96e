package io.ardesk.edi;

import java.util.List;

/** Thrown when a file cannot be read at all; nothing of it may be posted. */
public class MalformedFileException extends RuntimeException {

	private final List<FileIssue> issues;

	public MalformedFileException(List<FileIssue> issues) {
		super(issues.isEmpty() ? "Malformed file" : issues.getFirst().describe());
		this.issues = List.copyOf(issues);
	}

	public MalformedFileException(FileIssue issue) {
		this(List.of(issue));
	}

	public List<FileIssue> issues() {
		return this.issues;
	}

}
