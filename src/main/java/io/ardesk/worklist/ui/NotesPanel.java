package io.ardesk.worklist.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.ClaimNote;

/**
 * The claim's notes, newest first, each with its earlier versions: notes are never
 * overwritten, so what someone wrote before an edit stays readable.
 */
class NotesPanel extends VerticalLayout {

	NotesPanel(ClaimActions actions, ClientId client, String claimNumber, List<ClaimNote> notes, boolean mayChange,
			ZoneId zone, Runnable refresh) {
		setPadding(false);
		setSpacing(false);
		setId("claim-notes");
		add(new H4("Notes"));
		if (mayChange) {
			TextArea text = new TextArea();
			text.setId("note-text");
			text.setPlaceholder("Add a note");
			text.setWidthFull();
			text.setMaxLength(ClaimActions.MAX_NOTE);
			Checkbox internal = new Checkbox("Internal (the client practice does not see it)");
			internal.setId("note-internal");
			Button add = new Button("Add note", (click) -> {
				try {
					text.setInvalid(false);
					actions.addNote(client, claimNumber, text.getValue(), internal.getValue());
					refresh.run();
				}
				catch (DomainException ex) {
					// Shown on the field, which keeps what was typed.
					text.setErrorMessage(ex.getMessage());
					text.setInvalid(true);
				}
			});
			add.setId("add-note");
			add.addThemeVariants(ButtonVariant.LUMO_SMALL);
			add(text, internal, add);
		}
		if (notes.isEmpty()) {
			add(new Span("No notes yet."));
		}
		notes.forEach((note) -> add(note(actions, client, note, mayChange, zone, refresh)));
	}

	private static Div note(ClaimActions actions, ClientId client, ClaimNote note, boolean mayChange, ZoneId zone,
			Runnable refresh) {
		Span heading = new Span(Formats.dateTime(note.writtenAt(), zone) + " · " + note.author()
				+ (note.internal() ? " · internal" : "") + ((note.replacesId() != null) ? " · edited" : ""));
		heading.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)");
		Div text = new Div(note.text());
		text.getStyle().set("white-space", "pre-line");
		Div item = new Div(heading, text);
		item.addClassName("claim-note");
		if (mayChange) {
			Button edit = new Button("Edit",
					(click) -> new TextDialog("Edit note", "Note", "Save new version", note.text(), "text",
							ClaimActions.MAX_NOTE, (value) -> actions.editNote(client, note.id(), value), refresh)
						.open());
			edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
			item.add(edit);
		}
		if (!note.earlier().isEmpty()) {
			VerticalLayout versions = new VerticalLayout();
			versions.setPadding(false);
			note.earlier()
				.forEach((version) -> versions.add(new Div(Formats.dateTime(version.writtenAt(), zone) + " · "
						+ version.author() + ": " + version.text())));
			item.add(new Details("Earlier versions (" + note.earlier().size() + ")", versions));
		}
		item.getStyle().set("padding", "var(--lumo-space-xs, 0.25rem) 0");
		return item;
	}

}
