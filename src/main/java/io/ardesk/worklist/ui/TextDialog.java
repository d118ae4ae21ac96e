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

	TextDialog(String title, String label, String confirm, String initial, Consumer<String> action, Runnable done) {
		super(title, confirm, done);
		this.action = action;
		this.text = new TextArea(label);
		this.text.setId("action-text");
		this.text.setValue(initial);
		fields(this.text);
	}

	@Override
	protected void apply() {
		this.action.accept(this.text.getValue());
	}

}
