package io.ardesk.edi.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

/**
 * Turns the bytes of an X12 file into segments with StAEDI, which validates the ISA/GS/ST
 * envelopes. Defects in envelope elements (counts, control numbers) become warnings
 * because the content is still whole; broken or missing segments make the file
 * unreadable.
 */
final class X12Tokenizer {

	private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

	private X12Tokenizer() {
	}

	static ScannedFile scan(byte[] content) {
		String text = X12Text.stripLeading(new String(content, StandardCharsets.ISO_8859_1));
		if (!text.startsWith("ISA")) {
			String found = text.isEmpty() ? "" : text.substring(0, Math.min(3, text.length()));
			throw new MalformedFileException(new FileIssue(
					"File does not start with an ISA interchange header (found '" + found + "')", "ISA", 1));
		}
		SegmentFraming.check(content);
		byte[] trimmed = text.getBytes(StandardCharsets.ISO_8859_1);
		List<Segment> segments = new ArrayList<>();
		List<FileIssue> warnings = new ArrayList<>();
		try (EDIStreamReader reader = FACTORY.createEDIStreamReader(new ByteArrayInputStream(trimmed))) {
			Segment.Collector current = null;
			while (reader.hasNext()) {
				switch (reader.next()) {
					case START_SEGMENT ->
						current = new Segment.Collector(reader.getText(), reader.getLocation().getSegmentPosition());
					case ELEMENT_DATA -> collect(reader, current);
					case END_SEGMENT -> {
						if (current != null) {
							segments.add(current.build());
						}
						current = null;
					}
					case SEGMENT_ERROR -> throw malformed(reader, "Segment error: " + reader.getErrorType());
					case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> warnings.add(envelopeWarning(reader));
					default -> {
						// interchange, group, transaction and composite boundaries carry
						// no data
					}
				}
			}
		}
		catch (EDIStreamException ex) {
			throw unreadable(ex, segments);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		warnings.addAll(repeatedInterchanges(segments));
		return new ScannedFile(List.copyOf(segments), List.copyOf(warnings));
	}

	private static void collect(EDIStreamReader reader, Segment.Collector current) {
		Location location = reader.getLocation();
		if (current == null || location.getElementOccurrence() > 1) {
			// repeated element occurrences (ISA11 repetition) are not used by any reader
			return;
		}
		current.put(location.getElementPosition(), location.getComponentPosition(), reader.getText());
	}

	private static FileIssue envelopeWarning(EDIStreamReader reader) {
		Location location = reader.getLocation();
		String element = location.getSegmentTag() + String.format("%02d", location.getElementPosition());
		return new FileIssue("Envelope element " + element + " is wrong: " + reader.getErrorType(),
				location.getSegmentTag(), location.getSegmentPosition());
	}

	private static MalformedFileException malformed(EDIStreamReader reader, String message) {
		Location location = reader.getLocation();
		return new MalformedFileException(
				new FileIssue(message, location.getSegmentTag(), location.getSegmentPosition()));
	}

	private static MalformedFileException unreadable(EDIStreamException ex, List<Segment> segments) {
		Location location = ex.getLocation();
		String segment = (location != null && location.getSegmentTag() != null) ? location.getSegmentTag() : null;
		int position = (location != null) ? location.getSegmentPosition() : -1;
		if (segment == null || position < 1) {
			// the tokenizer failed before a segment was complete: blame the last good one
			Segment last = segments.isEmpty() ? null : segments.getLast();
			segment = (last != null) ? last.id() : "ISA";
			position = (last != null) ? last.position() : 1;
		}
		return new MalformedFileException(
				new FileIssue("File cannot be tokenized (" + ex.getMessage() + ")", segment, position));
	}

	/**
	 * A file that repeats an interchange control number probably holds the same
	 * interchange more than once. It is still read fully (duplicate postings are caught
	 * later) but said once per repeated number.
	 */
	private static List<FileIssue> repeatedInterchanges(List<Segment> segments) {
		Map<String, List<Segment>> byControlNumber = new LinkedHashMap<>();
		for (Segment segment : segments) {
			if (segment.id().equals("ISA")) {
				byControlNumber.computeIfAbsent(segment.element(13), (key) -> new ArrayList<>()).add(segment);
			}
		}
		List<FileIssue> warnings = new ArrayList<>();
		byControlNumber.forEach((controlNumber, interchanges) -> {
			if (interchanges.size() > 1) {
				warnings.add(new FileIssue(
						"Interchange control number (ISA13) " + controlNumber + " occurs " + interchanges.size()
								+ " times; the file may repeat the same interchange",
						"ISA", interchanges.get(1).position()));
			}
		});
		return warnings;
	}

}
