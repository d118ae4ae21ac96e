package io.ardesk.worklist.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * One text for one action: the correction sent, a decision note, an answer to a document
 * request, a note.
 */
class TextDialog extends ActionDialog {

	private final TextArea text;

	private final Consumer<String> action;

	/**
	 * @param field the field the service names in its refusals (e.g. {@code reason})
	 * @param maxLength the most the service keeps: the field stops there
	 */
	TextDialog(String title, String label, String confirm, String initial, String field, int maxLength,
			Consumer<String> action, Runnable done) {
		super(title, confirm, done);
		this.action = action;
		this.text = named(field, new TextArea(label));
		this.text.setId("action-text");
		this.text.setMaxLength(maxLength);
		this.text.setValue(initial);
		fields(this.text);
	}

	@Override
	protected void apply() {
		this.action.accept(this.text.getValue());
	}

}
