package io.ardesk.edi.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One X12 segment as read from the file: its id, its 1-based position in the file and its
 * elements, each a list of components (a simple element has one component).
 */
record Segment(String id, int position, List<List<String>> elements) {

	/**
	 * Separator that some senders use inside composites although ISA16 declares another
	 * one (seen in published TR3 examples: '>' with ISA16 ':').
	 */
	private static final char STRAY_COMPONENT_SEPARATOR = '>';

	/** The whole element (first component of a composite), or "" when absent. */
	String element(int number) {
		List<String> components = raw(number);
		return components.isEmpty() ? "" : components.getFirst();
	}

	boolean has(int number) {
		return !element(number).isBlank();
	}

	/**
	 * The components of a composite element. An element that the tokenizer saw as simple
	 * but that holds '>' is split on it, because the sender used a component separator
	 * other than the declared one.
	 */
	List<String> components(int number) {
		List<String> components = raw(number);
		if (components.size() == 1 && components.getFirst().indexOf(STRAY_COMPONENT_SEPARATOR) >= 0) {
			return List.of(components.getFirst().split(String.valueOf(STRAY_COMPONENT_SEPARATOR), -1));
		}
		return components;
	}

	/** Component {@code index} (1-based) of a composite element, or "" when absent. */
	String component(int number, int index) {
		List<String> components = components(number);
		return (index <= components.size()) ? components.get(index - 1) : "";
	}

	private List<String> raw(int number) {
		return (number >= 1 && number <= this.elements.size()) ? this.elements.get(number - 1) : List.of();
	}

	/** Collects the elements of one segment while the tokenizer walks through it. */
	static final class Collector {

		private final String id;

		private final int position;

		private final List<List<String>> elements = new ArrayList<>();

		Collector(String id, int position) {
			this.id = id;
			this.position = position;
		}

		void put(int elementNumber, int componentNumber, String value) {
			while (this.elements.size() < elementNumber) {
				this.elements.add(new ArrayList<>());
			}
			List<String> components = this.elements.get(elementNumber - 1);
			int index = Math.max(componentNumber, 1);
			while (components.size() < index) {
				components.add("");
			}
			components.set(index - 1, value);
		}

		Segment build() {
			List<List<String>> frozen = new ArrayList<>(this.elements.size());
			for (List<String> components : this.elements) {
				frozen.add(components.isEmpty() ? List.of("") : List.copyOf(components));
			}
			return new Segment(this.id, this.position, List.copyOf(frozen));
		}

	}

}
