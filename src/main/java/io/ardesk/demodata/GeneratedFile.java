package io.ardesk.demodata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One generated X12 file, dated the day it would have been sent (837) or received (835).
 *
 * @param name a file name unique within one history, for example
 * {@code FMA_835_20250304_04412.835}
 * @param content the US-ASCII bytes of the interchange
 */
public record GeneratedFile(String name, FileKind kind, LocalDate date, byte[] content) {

	public GeneratedFile {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(content, "content");
	}

	// arrays compare by identity in records; files are values, so compare the bytes
	@Override
	public boolean equals(Object other) {
		return other instanceof GeneratedFile file && this.name.equals(file.name) && this.kind == file.kind
				&& this.date.equals(file.date) && Arrays.equals(this.content, file.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.kind, this.date, Arrays.hashCode(this.content));
	}

	// the content holds patient names: never print it
	@Override
	public String toString() {
		return "GeneratedFile[" + this.name + ", " + this.kind + ", " + this.date + ", " + this.content.length
				+ " bytes]";
	}

}
