package io.ardesk.remittance.ui;

import java.math.BigDecimal;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.remittance.PostingExceptionTable;
import io.ardesk.portal.ActiveClient;
import io.ardesk.remittance.PostingException;
import io.ardesk.remittance.PostingExceptionStatus;
import io.ardesk.remittance.PostingExceptions;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.RolesAllowed;

/**
 * Claim payments held back from the active client's ledger: each with its payer, trace
 * number, claim, what does not balance and by how much; a person posts it as is, posts it
 * corrected, or dismisses it with a reason. The firm's staff only.
 */
@Route("remittance/exceptions")
@PageTitle("Posting exceptions · ARdesk")
@Menu(order = 31, title = "Posting exceptions", icon = "EXCLAMATION_CIRCLE_O")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class PostingExceptionsView extends VerticalLayout {

	private final Grid<PostingException> grid = new Grid<>();

	private final PostingExceptions exceptions;

	private final Checkbox showResolved = new Checkbox("Show resolved ones too");

	private final Span count = new Span();

	private final TableDownloads downloads = new TableDownloads();

	public PostingExceptionsView(ActiveClient activeClient, PostingExceptions exceptions) {
		this.exceptions = exceptions;
		setPadding(true);
		setSizeFull();
		add(new H2("Posting exceptions"));
		activeClient.id()
			.filter((client) -> activeClient.mayChange())
			.ifPresentOrElse(this::show, () -> add(
					new Paragraph("Posting exceptions are worked by the firm's staff assigned to the client.")));
	}

	private void show(ClientId client) {
		Paragraph explanation = new Paragraph("Claim payments from posted remittances that were not applied to "
				+ "their claims: they do not balance, reverse a payment that was never posted, or would make a "
				+ "balance negative. The claims were left as they were. Post each as is (a negative balance becomes "
				+ "a credit balance for refund review), post it with corrected amounts, or dismiss it with a reason.");
		explanation.addClassNames(LumoUtility.TextColor.SECONDARY);
		this.grid.setId("posting-exceptions");
		this.grid.addColumn((e) -> Formats.date(e.payment().paymentDate()))
			.setHeader("Payment date")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((e) -> e.payment().payer())
			.setHeader("Payer")
			.setAutoWidth(true)
			.setTooltipGenerator((e) -> e.payment().payer());
		this.grid.addColumn((e) -> e.payment().traceNumber())
			.setHeader("Trace")
			.setAutoWidth(true)
			.setTooltipGenerator((e) -> "CLP02 " + e.payment().statusCode());
		this.grid.addColumn((e) -> (e.claimNumber() != null) ? e.claimNumber() : e.payment().patientControlNumber())
			.setHeader("Claim")
			.setAutoWidth(true);
		money("Charge", (e) -> e.payment().charge());
		money("Paid", (e) -> e.payment().paid());
		this.grid.addColumn((e) -> e.kind().label()).setHeader("Held because").setAutoWidth(true);
		this.grid.addColumn(PostingException::problem)
			.setHeader("What does not fit")
			.setFlexGrow(1)
			.setWidth("24em")
			.setTooltipGenerator(PostingException::problem);
		money("By", PostingException::difference);
		this.grid.addColumn((e) -> status(e)).setHeader("Status").setAutoWidth(true);
		this.grid.addComponentColumn((e) -> actions(client, e)).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.grid.setEmptyStateComponent(
				new Span("No posting exceptions: every claim payment balanced and reached its claim."));
		// The problem says what does not fit in a sentence: let it wrap rather than cut
		// it.
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setSizeFull();
		this.count.setId("posting-exceptions-count");
		this.showResolved.addValueChangeListener((change) -> refresh(client));
		this.downloads.stream("posting-exceptions-" + client.value(), "Posting exceptions",
				PostingExceptionTable.HEADER, (writer) -> PostingExceptionTable
					.write(this.exceptions.list(client, !this.showResolved.getValue()), writer));
		HorizontalLayout bar = new HorizontalLayout(this.count, this.showResolved, this.downloads);
		bar.setAlignItems(Alignment.BASELINE);
		add(explanation, bar, this.grid);
		refresh(client);
	}

	void refresh(ClientId client) {
		this.grid.setItems(this.exceptions.list(client, !this.showResolved.getValue()));
		this.count.setText(Formats.count(this.exceptions.openCount(client)) + " open");
	}

	private static String status(PostingException exception) {
		return PostingExceptionTable.status(exception);
	}

	private HorizontalLayout actions(ClientId client, PostingException exception) {
		HorizontalLayout actions = new HorizontalLayout();
		if (exception.status() != PostingExceptionStatus.OPEN) {
			return actions;
		}
		boolean hasClaim = exception.claimNumber() != null;
		Button post = new Button("Post…",
				(click) -> ResolveDialog.postAsIs(this.exceptions, client, exception, () -> refresh(client)));
		Button corrected = new Button("Correct…",
				(click) -> ResolveDialog.postCorrected(this.exceptions, client, exception, () -> refresh(client)));
		Button dismiss = new Button("Dismiss…",
				(click) -> ResolveDialog.dismiss(this.exceptions, client, exception, () -> refresh(client)));
		post.setEnabled(hasClaim);
		corrected.setEnabled(hasClaim);
		post.setTooltipText("Post as the remittance gave it");
		corrected.setTooltipText("Post with corrected amounts");
		post.addThemeVariants(ButtonVariant.LUMO_SMALL);
		corrected.addThemeVariants(ButtonVariant.LUMO_SMALL);
		dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		actions.add(post, corrected, dismiss);
		return actions;
	}

	private void money(String header, Function<PostingException, BigDecimal> amount) {
		this.grid.addColumn((e) -> Formats.money(amount.apply(e)))
			.setHeader(header)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

}
