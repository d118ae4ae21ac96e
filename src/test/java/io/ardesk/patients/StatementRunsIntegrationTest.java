package io.ardesk.patients;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.ardesk.imports.FileImports;
import io.ardesk.patients.internal.StatementRunJobs;
import io.ardesk.patients.ui.StatementRunsView;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.MovableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Statement runs on a real ledger, all in one client (Northside, cycle day 1, minimum
 * $5.00) so that each run sees the patients this class made. Shares the context (and the
 * moved clock) of {@link PatientStatementsIntegrationTest}.
 */
@ArdeskIntegrationTest
@Import(MovableClock.Config.class)
class StatementRunsIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("northside-family");

	@Autowired
	FileImports imports;

	@Autowired
	StatementRuns runs;

	@Autowired
	PatientStatements statements;

	@Autowired
	StatementRunJobs jobs;

	@Autowired
	ClientDirectory directory;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@AfterEach
	void clockBackToNow() {
		this.clock.reset();
	}

	@Test
	void aRunPrintsTheLettersDueListsWhoItSkippedAndWhyAndNeverPrintsTwiceInACycle() throws IOException {
		long due = patientOwing("BD", true, 40, "30.00");
		long noAddress = patientOwing("BN", false, 40, "30.00");
		long small = patientOwing("BS", true, 40, "3.00");
		long notDue = patientOwing("BT", true, 40, "30.00");
		AsUser.call("specialist", "AR_SPECIALIST", () -> this.statements.send(CLIENT, notDue));

		assertThat(post("specialist").statusCode()).isEqualTo(403);
		assertThatExceptionOfType(ClientAccessDeniedException.class)
			.isThrownBy(() -> AsUser.call("specialist", "AR_SPECIALIST", () -> this.runs.runNow(CLIENT)));

		HttpResponse<String> started = post("manager");
		assertThat(started.statusCode()).isEqualTo(201);
		StatementRun run = asManager(() -> this.runs.runs(CLIENT, 1)).getFirst();
		assertThat(started.headers().firstValue("Location"))
			.hasValue("/api/v1/clients/" + CLIENT.value() + "/statement-runs/" + run.id());
		assertThat(run.trigger()).isEqualTo(RunTrigger.ON_DEMAND);
		assertThat(run.startedBy()).isEqualTo("manager");
		List<StatementLetter> printed = asManager(() -> this.runs.letters(CLIENT, run.id()));
		assertThat(printed).extracting(StatementLetter::patientId)
			.contains(due)
			.doesNotContain(noAddress, small, notDue);
		assertThat(run.counts().sent()).isEqualTo(printed.size());
		assertThat(run.counts().totalDue()).isEqualByComparingTo(printed.stream()
			.map(StatementLetter::amountDue)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
		Map<Long, SkipReason> skipped = asManager(() -> this.runs.skipped(CLIENT, run.id())).stream()
			.collect(Collectors.toMap(SkippedAccount::patientId, SkippedAccount::reason));
		assertThat(skipped).containsEntry(noAddress, SkipReason.ADDRESS_MISSING)
			.containsEntry(small, SkipReason.BELOW_MINIMUM)
			.containsEntry(notDue, SkipReason.NOT_DUE)
			.doesNotContainKey(due);
		assertThat(run.counts().skipped(SkipReason.ADDRESS_MISSING)).isGreaterThanOrEqualTo(1);
		assertThat(started.body()).contains("\"sent\":" + run.counts().sent()).contains("\"ADDRESS_MISSING\":");

		// One combined print file; each letter on its own sheets for duplex printing.
		byte[] printFile = asManager(() -> this.runs.printFile(CLIENT, run.id()));
		try (PDDocument document = Loader.loadPDF(printFile)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2 * printed.size());
		}
		assertThat(PatientStatementsIntegrationTest.pdfText(printFile)).contains("Amount enclosed", "12 ELM ST");
		String csv = new String(asManager(() -> this.runs.resultCsv(CLIENT, run.id())), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("result,account_number,patient,letter,statement_number,amount,due_date,reason")
			.contains("SENT,")
			.contains("Address missing: The statement is due, but the patient has no mailing address")
			.contains("Balance below the statement minimum");
		HttpResponse<String> detail = api().get("manager",
				"/api/v1/clients/" + CLIENT.value() + "/statement-runs/" + run.id());
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("\"reason\":\"ADDRESS_MISSING\"").contains("\"patientId\":" + noAddress);

		// The same cycle again, on demand or as the monthly job: nothing twice.
		StatementRun rerun = asManager(() -> this.runs.runNow(CLIENT));
		assertThat(rerun.cycle()).isEqualTo(run.cycle());
		assertThat(rerun.counts().sent()).isZero();
		assertThat(asManager(() -> this.runs.skipped(CLIENT, rerun.id()))).filteredOn((skip) -> skip.patientId() == due)
			.extracting(SkippedAccount::reason)
			.containsExactly(SkipReason.ALREADY_SENT);
		int before = asManager(() -> this.runs.runs(CLIENT, 100)).size();
		this.jobs.runCycle(CLIENT.value());
		this.jobs.runCycle(CLIENT.value());
		List<StatementRun> after = asManager(() -> this.runs.runs(CLIENT, 100));
		assertThat(after).hasSize(before + 1);
		assertThat(after.getFirst().trigger()).isEqualTo(RunTrigger.SCHEDULED);
		assertThat(after.getFirst().startedBy()).isEqualTo("system");
		assertThat(after.getFirst().counts().sent()).isZero();
		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.statements.letters(CLIENT, due))).hasSize(1);
	}

	@Test
	void theNextCycleSendsTheRemindersThatFellDue() {
		long patient = patientOwing("BR", true, 40, "30.00");
		StatementRun first = asManager(() -> this.runs.runNow(CLIENT));
		assertThat(asManager(() -> this.runs.letters(CLIENT, first.id()))).extracting(StatementLetter::patientId)
			.contains(patient);

		this.clock.advanceDays(31);
		StatementRun next = asManager(() -> this.runs.runNow(CLIENT));
		assertThat(next.cycle()).isNotEqualTo(first.cycle());
		assertThat(asManager(() -> this.runs.letters(CLIENT, next.id())))
			.filteredOn((letter) -> letter.patientId() == patient)
			.extracting(StatementLetter::level)
			.containsExactly(ReminderLevel.REMINDER);
	}

	@Test
	void aRunOfOneClientIsNotReadableThroughAnother() {
		patientOwing("BX", true, 40, "30.00");
		StatementRun run = asManager(() -> this.runs.runNow(CLIENT));
		String elsewhere = "/api/v1/clients/riverside-cardiology/statement-runs/" + run.id();
		assertThat(api().get("manager", elsewhere).statusCode()).isEqualTo(404);
		// An unassigned client answers the same 404 as an unknown one.
		assertThat(api().get("specialist", elsewhere).statusCode()).isEqualTo(404);
		assertThat(api().get("specialist2", "/api/v1/clients/lakeview-ortho/statement-runs").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theRunsPageShowsTheRunWithItsSkippedPatientsAndOffersARunOnlyToManagers() {
		long noAddress = patientOwing("BV", false, 40, "30.00");
		asManager(() -> this.runs.runNow(CLIENT));
		try {
			BrowserlessUi.openAs(this.context, "manager", "ACCOUNT_MANAGER");
			io.ardesk.portal.ActiveClient active = this.context.getBean(io.ardesk.portal.ActiveClient.class);
			active.switchTo(CLIENT);
			UI.getCurrent().navigate(StatementRunsView.class);
			_get(Button.class, (spec) -> spec.withId("run-statements"));
			@SuppressWarnings("unchecked")
			Grid<StatementRun> grid = _get(Grid.class, (spec) -> spec.withId("statement-runs-grid"));
			assertThat(grid.getListDataView().getItems().toList()).isNotEmpty();
			assertThat(_get(Span.class, (spec) -> spec.withId("run-summary")).getText()).contains("address missing");
			@SuppressWarnings("unchecked")
			Grid<SkippedAccount> skipped = _get(Grid.class, (spec) -> spec.withId("skipped-grid"));
			assertThat(skipped.getListDataView().getItems().toList())
				.filteredOn((skip) -> skip.patientId() == noAddress)
				.extracting(SkippedAccount::reason)
				.containsExactly(SkipReason.ADDRESS_MISSING);
		}
		finally {
			BrowserlessUi.close();
		}
		try {
			BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
			this.context.getBean(io.ardesk.portal.ActiveClient.class).switchTo(CLIENT);
			UI.getCurrent().navigate(StatementRunsView.class);
			_get(Grid.class, (spec) -> spec.withId("statement-runs-grid"));
			_assertNone(Button.class, (spec) -> spec.withId("run-statements"));
		}
		finally {
			BrowserlessUi.close();
		}
	}

	private long patientOwing(String prefix, boolean withAddress, int daysAgo, String share) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.directory.find(CLIENT).orElseThrow().timeZone()));
		return PatientStatementsIntegrationTest.patientOwing(this.imports, this.jdbc, this.transaction, CLIENT, prefix,
				withAddress, today, daysAgo, share);
	}

	private HttpResponse<String> post(String user) {
		return api().send(user,
				HttpRequest
					.newBuilder(URI.create(api().baseUrl() + "/api/v1/clients/" + CLIENT.value() + "/statement-runs"))
					.POST(HttpRequest.BodyPublishers.noBody()));
	}

	private static <T> T asManager(Supplier<T> work) {
		return AsUser.call("manager", "ACCOUNT_MANAGER", work);
	}

	private ApiClient api() {
		return new ApiClient(this.port);
	}

}
