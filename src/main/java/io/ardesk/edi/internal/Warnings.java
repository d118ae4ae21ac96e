package io.ardesk.edi.internal;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.edi.FileIssue;

/** The defects found while reading a file that did not stop reading it. */
final class Warnings {

	private final List<FileIssue> issues = new ArrayList<>();

	void add(String message, Segment segment) {
		this.issues.add(new FileIssue(message, segment.id(), segment.position()));
	}

	void addAt(String message, String segmentId, int position) {
		this.issues.add(new FileIssue(message, segmentId, position));
	}

	void addAll(List<FileIssue> more) {
		this.issues.addAll(more);
	}

	List<FileIssue> list() {
		return List.copyOf(this.issues);
	}

}
