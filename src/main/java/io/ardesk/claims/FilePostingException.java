package io.ardesk.claims;

import java.util.List;

import io.ardesk.edi.FileIssue;
import io.ardesk.shared.problem.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A file that was read but cannot be posted, with each problem located (segment and
 * position, or line) and said in plain words. Nothing of the file is posted.
 */
public class FilePostingException extends RuleViolationException {

	private final List<FileIssue> issues;

	public FilePostingException(List<FileIssue> issues) {
		super(issues.isEmpty() ? null : place(issues.getFirst()),
				issues.isEmpty() ? "The file cannot be posted" : issues.getFirst().describe());
		this.issues = List.copyOf(issues);
	}

	public List<FileIssue> issues() {
		return this.issues;
	}

	/**
	 * The issues as a CSV export locates them: a claim found at "CLM" position N is the
	 * claim starting on line N.
	 */
	public List<FileIssue> issuesOfCsv() {
		return this.issues.stream()
			.map((issue) -> ("CLM".equals(issue.segment()) && issue.position() != null)
					? new FileIssue("line " + issue.position() + ": " + issue.message(), null, issue.position())
					: issue)
			.toList();
	}

	private static @Nullable String place(FileIssue issue) {
		if (issue.segment() == null) {
			return (issue.position() != null) ? "line " + issue.position() : null;
		}
		return issue.segment() + ((issue.position() != null) ? " at " + issue.position() : "");
	}

}
