package io.ardesk.demodata;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * An interchange read back with StAEDI: its segments (element 0 is the tag, composites
 * joined with {@code :}) and every validation error StAEDI reported.
 */
record ParsedInterchange(List<List<String>> segments, List<String> errors) {

	static ParsedInterchange parse(byte[] content) {
		List<List<String>> segments = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		EDIInputFactory factory = EDIInputFactory.newFactory();
		try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(content))) {
			List<String> current = new ArrayList<>();
			while (reader.hasNext()) {
				EDIStreamEvent event = reader.next();
				switch (event) {
					case START_SEGMENT -> current = new ArrayList<>(List.of(reader.getText()));
					case ELEMENT_DATA -> {
						int element = reader.getLocation().getElementPosition();
						int component = reader.getLocation().getComponentPosition();
						while (current.size() <= element) {
							current.add("");
						}
						String text = reader.getText();
						current.set(element, (component > 1) ? current.get(element) + ":" + text : text);
					}
					case END_SEGMENT -> segments.add(current);
					case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors.add(event + " "
							+ reader.getErrorType() + " in segment " + reader.getLocation().getSegmentPosition());
					default -> {
					}
				}
			}
		}
		catch (EDIStreamException ex) {
			errors.add("unreadable: " + ex.getMessage());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return new ParsedInterchange(segments, errors);
	}

	List<List<String>> withTag(String tag) {
		return this.segments.stream().filter((segment) -> segment.getFirst().equals(tag)).toList();
	}

	static String element(List<String> segment, int position) {
		return (position < segment.size()) ? segment.get(position) : "";
	}

	/** Problems with SE01, GE01 and IEA01 counts and control numbers, if any. */
	List<String> controlCountProblems() {
		List<String> problems = new ArrayList<>();
		int segmentsInTransaction = 0;
		int transactions = 0;
		int groups = 0;
		boolean inTransaction = false;
		for (List<String> segment : this.segments) {
			String tag = segment.getFirst();
			if (tag.equals("ST")) {
				inTransaction = true;
				segmentsInTransaction = 0;
			}
			if (inTransaction) {
				segmentsInTransaction++;
			}
			switch (tag) {
				case "SE" -> {
					inTransaction = false;
					transactions++;
					if (Integer.parseInt(segment.get(1)) != segmentsInTransaction) {
						problems.add("SE01 " + segment.get(1) + " but " + segmentsInTransaction + " segments");
					}
				}
				case "GS" -> transactions = 0;
				case "GE" -> {
					groups++;
					if (Integer.parseInt(segment.get(1)) != transactions) {
						problems.add("GE01 " + segment.get(1) + " but " + transactions + " transactions");
					}
				}
				case "IEA" -> {
					if (Integer.parseInt(segment.get(1)) != groups) {
						problems.add("IEA01 " + segment.get(1) + " but " + groups + " groups");
					}
				}
				default -> {
				}
			}
		}
		return problems;
	}

}
