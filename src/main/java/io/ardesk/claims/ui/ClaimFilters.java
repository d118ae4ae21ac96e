package io.ardesk.claims.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.ardesk.claims.ClaimFilter;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.PayerRef;
import io.ardesk.claims.ResponsibleParty;

/** The filter bar above the claims grid; tells its listener every new filter. */
final class ClaimFilters extends Composite<FlexLayout> {

	private final TextField search = new TextField();

	private final Select<ClaimStatus> status = new Select<>();

	private final ComboBox<PayerRef> payer = new ComboBox<>("Payer");

	private final Select<ResponsibleParty> owedBy = new Select<>();

	private final Checkbox openOnly = new Checkbox("Open claims only");

	ClaimFilters(List<PayerRef> payers, Consumer<ClaimFilter> onChange) {
		this.search.setLabel("Claim number");
		this.search.setPlaceholder("Starts with…");
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setId("claim-search");
		this.search.setMaxLength(80);

		this.status.setLabel("Status");
		this.status.setItems(ClaimStatus.values());
		this.status.setItemLabelGenerator((value) -> (value != null) ? value.label() : "All statuses");
		this.status.setEmptySelectionAllowed(true);
		this.status.setEmptySelectionCaption("All statuses");
		this.status.setId("claim-status-filter");

		this.payer.setItems(payers);
		this.payer.setItemLabelGenerator(PayerRef::name);
		this.payer.setClearButtonVisible(true);
		this.payer.setPlaceholder("All payers");
		this.payer.setWidth("16em");
		this.payer.setId("claim-payer-filter");

		this.owedBy.setLabel("Owed by");
		this.owedBy.setItems(ResponsibleParty.values());
		this.owedBy.setItemLabelGenerator((party) -> (party == null) ? "Anyone"
				: (party == ResponsibleParty.INSURANCE) ? "Insurance" : "Patient");
		this.owedBy.setEmptySelectionAllowed(true);
		this.owedBy.setEmptySelectionCaption("Anyone");

		FlexLayout bar = getContent();
		bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.getStyle().set("gap", "var(--lumo-space-m, 1rem)");
		bar.add(this.search, this.status, this.payer, this.owedBy, this.openOnly);

		this.search.addValueChangeListener((change) -> onChange.accept(filter()));
		this.status.addValueChangeListener((change) -> onChange.accept(filter()));
		this.payer.addValueChangeListener((change) -> onChange.accept(filter()));
		this.owedBy.addValueChangeListener((change) -> onChange.accept(filter()));
		this.openOnly.addValueChangeListener((change) -> onChange.accept(filter()));
	}

	ClaimFilter filter() {
		String text = this.search.getValue().strip();
		PayerRef selectedPayer = this.payer.getValue();
		return new ClaimFilter(this.status.getValue(), (selectedPayer != null) ? selectedPayer.id() : null,
				this.owedBy.getValue(), text.isEmpty() ? null : text, this.openOnly.getValue());
	}

	boolean isEmpty() {
		return filter().equals(ClaimFilter.all());
	}

}
