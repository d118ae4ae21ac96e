package io.ardesk.worklist;

import java.math.BigDecimal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the claim workspace a refused entry is shown next to the field it is about and
 * everything typed stays, so that a call log is never silently lost (before, a rep name
 * over 100 characters threw a database error and the entry was gone).
 */
@ArdeskIntegrationTest
class WorkspaceFieldErrorsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClaimWorkspace workspace;

	@Autowired
	ClaimActions actions;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void openWorkspace() {
		byte[] file = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("FE-1", "P", "1", "20260105", "480.00")
			.build(LAKEVIEW);
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			ImportStatus status = this.imports.importFile(LAKEVIEW, "fe.837", file, ImportProgress.none()).status();
			assertThat(status).isIn(ImportStatus.POSTED, ImportStatus.DUPLICATE);
			this.queue.refresh(LAKEVIEW, true);
		});
		BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
		UI.getCurrent().navigate("workspace/FE-1");
	}

	@AfterEach
	void close() {
		BrowserlessUi.close();
	}

	@Test
	void aRepNameTooLongIsShownOnTheFieldAndTheCallLogStays() {
		String repName = "R".repeat(101);
		String note = "Rep confirmed the claim is in process; call back in two weeks.";
		TextField rep = _get(TextField.class, (spec) -> spec.withId("follow-up-rep"));
		_setValue(rep, repName);
		_setValue(_get(TextField.class, (spec) -> spec.withId("follow-up-reference")), "REF-FE-1");
		_setValue(_get(TextArea.class, (spec) -> spec.withId("follow-up-note")), note);

		_click(_get(Button.class, (spec) -> spec.withId("save-follow-up")));

		assertThat(rep.isInvalid()).isTrue();
		assertThat(rep.getErrorMessage()).contains("rep name").contains("100");
		assertThat(rep.getValue()).isEqualTo(repName);
		assertThat(_get(TextArea.class, (spec) -> spec.withId("follow-up-note")).getValue()).isEqualTo(note);
		assertThat(rep.getMaxLength()).as("the browser stops typing there").isEqualTo(100);
		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.workspace.state(LAKEVIEW, "FE-1"))
			.orElseThrow()
			.followUps()).isEmpty();
	}

	@Test
	void aNoteTooLongIsShownOnTheNoteFieldWhichKeepsTheText() {
		String text = "N".repeat(ClaimActions.MAX_NOTE + 1);
		TextArea note = _get(TextArea.class, (spec) -> spec.withId("note-text"));
		_setValue(note, text);

		_click(_get(Button.class, (spec) -> spec.withId("add-note")));

		assertThat(note.isInvalid()).isTrue();
		assertThat(note.getErrorMessage()).contains("4000");
		assertThat(note.getValue()).isEqualTo(text);
		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.actions.notes(LAKEVIEW, "FE-1"))).isEmpty();
	}

	@Test
	void aWriteOffAboveTheBalanceIsShownOnTheAmountAndTheDialogStaysOpen() {
		_click(_get(Button.class, (spec) -> spec.withId("request-write-off")));
		BigDecimalField amount = _get(BigDecimalField.class, (spec) -> spec.withId("action-amount"));
		_setValue(amount, new BigDecimal("9999.00"));
		_setValue(_get(TextArea.class, (spec) -> spec.withId("action-reason")), "Small balance");

		_click(_get(Button.class, (spec) -> spec.withClasses("action-confirm")));

		assertThat(amount.isInvalid()).isTrue();
		assertThat(amount.getErrorMessage()).contains("larger than the insurance balance");
		assertThat(_get(TextArea.class, (spec) -> spec.withId("action-reason")).getValue()).isEqualTo("Small balance");
	}

}
