package io.ardesk.routing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.claims.PayerCategory;
import io.ardesk.codes.DenialCategory;
import io.ardesk.portal.ActiveClient;
import io.ardesk.routing.PayerOrder;
import io.ardesk.routing.RemittanceRule;
import io.ardesk.routing.RemittanceRules;
import io.ardesk.routing.RuleAction;
import io.ardesk.routing.RuleCondition;
import io.ardesk.routing.RuleDraft;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.WorkStatus;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The active client's remittance rules: what each listens to, what it does and how many
 * claims it touched; account managers add, change and delete them in the form below the
 * grid, with each error next to its field.
 */
@Route("remittance-rules")
@PageTitle("Remittance rules · ARdesk")
@Menu(order = 8, title = "Remittance rules", icon = "SITEMAP")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class RemittanceRulesView extends VerticalLayout {

	private final RemittanceRules rules;

	private final Grid<RemittanceRule> grid = new Grid<>();

	private final Span total = new Span();

	private final TextField name = new TextField("Name");

	private final TextField carcs = new TextField("Reason codes (CARC)");

	private final Select<String> group = new Select<>();

	private final TextField payerId = new TextField("Payer id");

	private final ComboBox<PayerCategory> payerCategory = new ComboBox<>("Payer category");

	private final Select<PayerOrder> payerOrder = new Select<>();

	private final BigDecimalField minDenied = new BigDecimalField("Denied at least");

	private final ComboBox<DenialCategory> setCategory = new ComboBox<>("Set denial category");

	private final ComboBox<String> assignTo = new ComboBox<>("Assign to");

	private final ComboBox<WorkStatus> workStatus = new ComboBox<>("Set work status");

	private final IntegerField nextActionDays = new IntegerField("Next action in days");

	private final TextField documentRequest = new TextField("Ask the practice for");

	private final Span formError = new Span();

	private @Nullable Long editing;

	public RemittanceRulesView(ActiveClient activeClient, RemittanceRules rules, ClientAccess access, ClientTeam team) {
		this.rules = rules;
		setPadding(true);
		activeClient.current().ifPresentOrElse((client) -> {
			add(new H2("Remittance rules · " + client.name()));
			Role role = access.currentUser().map((user) -> user.role()).orElse(Role.CLIENT_VIEWER);
			boolean manager = activeClient.mayChange() && (role == Role.ACCOUNT_MANAGER || role == Role.FIRM_ADMIN);
			show(client.id(), manager, team);
		}, () -> add(new H2("Remittance rules"), new Paragraph("You are not assigned to any client practice.")));
	}

	private void show(ClientId client, boolean manager, ClientTeam team) {
		Paragraph explanation = new Paragraph("At posting, the first rule (oldest first) whose codes, group, payer "
				+ "and order match a claim payment acts on its claim. Routine codes (1, 2, 3, 23, 45, 253) cannot "
				+ "be routed.");
		explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
		this.total.setId("remittance-rules-total");
		configureGrid(client, manager);
		add(explanation, this.total, this.grid);
		if (manager) {
			add(form(client, team));
		}
		refresh(client);
	}

	private void configureGrid(ClientId client, boolean manager) {
		this.grid.setId("remittance-rules");
		this.grid.addColumn(RemittanceRule::name).setHeader("Rule").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((rule) -> when(rule.when()))
			.setHeader("When")
			.setFlexGrow(1)
			.setTooltipGenerator((rule) -> when(rule.when()));
		this.grid.addColumn((rule) -> then(rule.then()))
			.setHeader("Then")
			.setFlexGrow(1)
			.setTooltipGenerator((rule) -> then(rule.then()));
		this.grid.addColumn((rule) -> Formats.count(rule.claimsTouched()))
			.setHeader("Claims touched")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		if (manager) {
			this.grid.addComponentColumn((rule) -> {
				Button edit = new Button("Edit", (click) -> edit(rule));
				edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
				Button delete = new Button("Delete", (click) -> {
					this.rules.delete(client, rule.id());
					refresh(client);
				});
				delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
				return new HorizontalLayout(edit, delete);
			}).setAutoWidth(true).setFlexGrow(0);
		}
		this.grid.setEmptyStateComponent(new Span("No rules yet: every denial is routed by hand."));
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setAllRowsVisible(true);
	}

	private VerticalLayout form(ClientId client, ClientTeam team) {
		this.group.setLabel("Group code");
		this.group.setItems("CO", "OA", "PI", "PR", "CR");
		this.group.setValue("CO");
		this.payerOrder.setLabel("Payer order");
		this.payerOrder.setItems(PayerOrder.values());
		this.payerOrder.setItemLabelGenerator(PayerOrder::label);
		this.payerOrder.setValue(PayerOrder.ANY);
		this.payerCategory.setItems(PayerCategory.values());
		this.payerCategory.setItemLabelGenerator(PayerCategory::label);
		this.setCategory.setItems(DenialCategory.values());
		this.setCategory.setItemLabelGenerator(DenialCategory::label);
		List<String> people = new ArrayList<>(team.specialistsOf(client));
		people.addAll(team.accountManagersOf(client));
		this.assignTo.setItems(people);
		this.workStatus.setItems(WorkStatus.values());
		this.workStatus.setItemLabelGenerator(WorkStatus::label);
		this.carcs.setPlaceholder("197, 15");
		this.carcs.setHelperText("Comma separated");
		this.name.setId("rule-name");
		this.carcs.setId("rule-carcs");
		FormLayout fields = new FormLayout(this.name, this.carcs, this.group, this.payerId, this.payerCategory,
				this.payerOrder, this.minDenied, this.setCategory, this.assignTo, this.workStatus, this.nextActionDays,
				this.documentRequest);
		fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
		Button save = new Button("Save rule", (click) -> save(client));
		save.setId("save-rule");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button clear = new Button("New rule", (click) -> clear());
		this.formError.addClassNames(LumoUtility.TextColor.ERROR);
		VerticalLayout form = new VerticalLayout(new H3("Add or change a rule"), fields,
				new HorizontalLayout(save, clear), this.formError);
		form.setPadding(false);
		return form;
	}

	private void save(ClientId client) {
		clearErrors();
		RuleDraft draft = new RuleDraft(this.name.getValue(),
				new RuleCondition(
						Arrays.stream(this.carcs.getValue().split("[,\\s]+")).filter((c) -> !c.isBlank()).toList(),
						(this.group.getValue() != null) ? this.group.getValue() : "", this.payerId.getValue(),
						this.payerCategory.getValue(), this.payerOrder.getValue(), this.minDenied.getValue()),
				new RuleAction(this.setCategory.getValue(), this.assignTo.getValue(), this.workStatus.getValue(),
						this.nextActionDays.getValue(), this.documentRequest.getValue()));
		try {
			if (this.editing == null) {
				this.rules.create(client, draft);
			}
			else {
				this.rules.update(client, this.editing, draft);
			}
			Notification.show("Rule saved", 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			clear();
			refresh(client);
		}
		catch (DomainException ex) {
			HasValidation field = field(ex.field());
			if (field != null) {
				field.setErrorMessage(ex.getMessage());
				field.setInvalid(true);
			}
			else {
				this.formError.setText(ex.getMessage());
			}
		}
	}

	private @Nullable HasValidation field(@Nullable String name) {
		if (name == null) {
			return null;
		}
		return switch (name) {
			case "name" -> this.name;
			case "when.carcs" -> this.carcs;
			case "when.groupCode" -> this.group;
			case "when.payerId" -> this.payerId;
			case "when.payerCategory" -> this.payerCategory;
			case "when.payerOrder" -> this.payerOrder;
			case "when.minDenied" -> this.minDenied;
			case "then.assignTo" -> this.assignTo;
			case "then.nextActionDays" -> this.nextActionDays;
			case "then.documentRequest" -> this.documentRequest;
			default -> null;
		};
	}

	private void clearErrors() {
		this.formError.setText("");
		for (HasValidation field : List.<HasValidation>of(this.name, this.carcs, this.group, this.payerId,
				this.payerCategory, this.payerOrder, this.minDenied, this.assignTo, this.nextActionDays,
				this.documentRequest)) {
			field.setInvalid(false);
		}
	}

	private void edit(RemittanceRule rule) {
		clearErrors();
		this.editing = rule.id();
		this.name.setValue(rule.name());
		this.carcs.setValue(String.join(", ", rule.when().carcs()));
		this.group.setValue(rule.when().groupCode());
		this.payerId.setValue((rule.when().payerId() != null) ? rule.when().payerId() : "");
		this.payerCategory.setValue(rule.when().payerCategory());
		this.payerOrder.setValue(rule.when().payerOrder());
		this.minDenied.setValue(rule.when().minDenied());
		this.setCategory.setValue(rule.then().setCategory());
		this.assignTo.setValue(rule.then().assignTo());
		this.workStatus.setValue(rule.then().workStatus());
		this.nextActionDays.setValue(rule.then().nextActionDays());
		this.documentRequest.setValue((rule.then().documentRequest() != null) ? rule.then().documentRequest() : "");
	}

	private void clear() {
		clearErrors();
		this.editing = null;
		this.name.clear();
		this.carcs.clear();
		this.group.setValue("CO");
		this.payerId.clear();
		this.payerCategory.clear();
		this.payerOrder.setValue(PayerOrder.ANY);
		this.minDenied.clear();
		this.setCategory.clear();
		this.assignTo.clear();
		this.workStatus.clear();
		this.nextActionDays.clear();
		this.documentRequest.clear();
	}

	private void refresh(ClientId client) {
		List<RemittanceRule> all = this.rules.rules(client);
		this.grid.setItems(all);
		long touched = all.stream().mapToLong(RemittanceRule::claimsTouched).sum();
		this.total.setText(Formats.count(all.size()) + " rules, " + Formats.count(touched) + " claims touched");
	}

	static String when(RuleCondition when) {
		String codes = when.carcs()
			.stream()
			.map((carc) -> when.groupCode() + "-" + carc)
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
		String payer = (when.payerId() != null) ? "payer " + when.payerId()
				: (when.payerCategory() != null) ? when.payerCategory().label() + " payers" : "any payer";
		return codes + " from " + payer + " (" + when.payerOrder().label().toLowerCase() + ")"
				+ ((when.minDenied() != null) ? ", denied ≥ " + Formats.money(when.minDenied()) : "");
	}

	static String then(RuleAction then) {
		List<String> parts = new ArrayList<>();
		if (then.setCategory() != null) {
			parts.add("category " + then.setCategory().label());
		}
		if (then.assignTo() != null) {
			parts.add("assign to " + then.assignTo());
		}
		if (then.workStatus() != null) {
			parts.add("status " + then.workStatus().label());
		}
		if (then.nextActionDays() != null) {
			parts.add("next action in " + then.nextActionDays() + " days");
		}
		if (then.documentRequest() != null) {
			parts.add("ask the practice for " + then.documentRequest());
		}
		return String.join("; ", parts);
	}

}
