package io.ardesk.edi.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;

/**
 * Splits a scanned file into its transaction sets (ST..SE) and remembers the GS08 version
 * of the group each one belongs to.
 */
final class TransactionSets {

	/** One ST..SE run, with the version of its functional group. */
	record TransactionSet(String version, Segment st, List<Segment> body, Segment se) {

		String type() {
			return this.st.element(1).strip();
		}

		/** ST03 in 5010, else the group's GS08. */
		String implementation() {
			String st03 = this.st.element(3).strip();
			return st03.isEmpty() ? this.version : st03;
		}

	}

	private TransactionSets() {
	}

	static List<TransactionSet> split(List<Segment> segments, String expectedType) {
		List<TransactionSet> sets = new ArrayList<>();
		String version = "";
		Segment st = null;
		List<Segment> body = new ArrayList<>();
		for (Segment segment : segments) {
			switch (segment.id()) {
				case "GS" -> version = segment.element(8).strip();
				case "ST" -> {
					if (!segment.element(1).strip().equals(expectedType)) {
						throw new MalformedFileException(new FileIssue(
								"Transaction set is a " + segment.element(1).strip() + ", not a " + expectedType, "ST",
								segment.position()));
					}
					st = segment;
					body = new ArrayList<>();
				}
				case "SE" -> {
					sets.add(new TransactionSet(version, required(st, segment), List.copyOf(body), segment));
					st = null;
				}
				case "ISA", "IEA", "GE" -> {
					// envelopes are validated by the tokenizer
				}
				default -> {
					if (st != null) {
						ElementLimits.check(segment);
						body.add(segment);
					}
				}
			}
		}
		if (sets.isEmpty()) {
			Segment last = segments.isEmpty() ? null : segments.getLast();
			throw new MalformedFileException(new FileIssue("File holds no complete transaction set",
					(last != null) ? last.id() : "ISA", (last != null) ? last.position() : 1));
		}
		return sets;
	}

	private static Segment required(@Nullable Segment st, Segment se) {
		if (st == null) {
			throw new MalformedFileException(new FileIssue("SE without a matching ST", "SE", se.position()));
		}
		return st;
	}

}
