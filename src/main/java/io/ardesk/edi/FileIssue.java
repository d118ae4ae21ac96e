package io.ardesk.edi;

import org.jspecify.annotations.Nullable;

/**
 * A problem found in an inbound file, located precisely enough for a person to find it.
 *
 * @param message what is wrong, in plain words
 * @param segment the X12 segment id (for example {@code CLP}) or the CSV column, if known
 * @param position the 1-based segment number within the file (X12) or the line number
 * (CSV)
 */
public record FileIssue(String message, @Nullable String segment, @Nullable Integer position) {

	public String describe() {
		StringBuilder text = new StringBuilder(this.message);
		if (this.segment != null) {
			text.append(" (segment ").append(this.segment);
			if (this.position != null) {
				text.append(" at position ").append(this.position);
			}
			text.append(')');
		}
		else if (this.position != null) {
			text.append(" (line ").append(this.position).append(')');
		}
		return text.toString();
	}

}
