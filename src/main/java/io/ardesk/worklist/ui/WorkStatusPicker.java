package io.ardesk.worklist.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.worklist.ClaimWorkspace;
import io.ardesk.worklist.WorkStatus;

/** Sets where the follow-up of a claim stands, with a short note for its history. */
class WorkStatusPicker extends HorizontalLayout {

	WorkStatusPicker(WorkStatus current, BiConsumer<WorkStatus, String> onChange) {
		Select<WorkStatus> status = new Select<>();
		status.setLabel("Work status");
		status.setItems(WorkStatus.values());
		status.setItemLabelGenerator(WorkStatus::label);
		status.setValue(current);
		status.setId("work-status");
		TextField note = new TextField("Why (optional)");
		note.setMaxLength(ClaimWorkspace.MAX_STATUS_NOTE);
		Button set = new Button("Set status", (click) -> onChange.accept(status.getValue(), note.getValue()));
		set.setId("set-work-status");
		setAlignItems(FlexComponent.Alignment.BASELINE);
		add(status, note, set);
	}

}
