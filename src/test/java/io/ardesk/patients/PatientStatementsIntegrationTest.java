package io.ardesk.patients;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.patients.ui.PatientBalancesView;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.MovableClock;
import io.ardesk.test.X12Builder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Letters to patients on a real ledger with a clock the test moves on, as a practice's
 * biller lives through the weeks: the sequence statement → reminder → final notice →
 * collections, its restart by a payment and its hold by a plan, and the letter as
 * printed. Each test has its own patients; the statement runs are in
 * {@link StatementRunsIntegrationTest}.
 */
@ArdeskIntegrationTest
@Import(MovableClock.Config.class)
class PatientStatementsIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("lakeview-ortho");

	static final AtomicInteger TRACES = new AtomicInteger();

	@Autowired
	FileImports imports;

	@Autowired
	PatientStatements statements;

	@Autowired
	PatientReceivables receivables;

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
	void theFirstLetterIsAStatementEvenForABalanceNearlyAYearOldAndCollectionsComeOnlyAfterDueNotice() {
		long patient = patientOwing(CLIENT, "SQ", true, 342, "30.00");
		assertThat(sequence(patient).next()).isEqualTo(ReminderLevel.STATEMENT);
		assertThat(sequence(patient).letterDue()).isTrue();
		LocalDate statementDay = today();

		assertThat(send(patient).level()).isEqualTo(ReminderLevel.STATEMENT);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> send(patient))
			.withMessageContaining("reminder is due on " + Formats.date(statementDay.plusDays(30)));
		refusedCollections(patient, "Send the final notice");

		this.clock.advanceDays(29);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> send(patient));
		this.clock.advanceDays(1);
		assertThat(send(patient).level()).isEqualTo(ReminderLevel.REMINDER);
		refusedCollections(patient, "Send the final notice");

		this.clock.advanceDays(29);
		assertThat(sequence(patient).next()).isEqualTo(ReminderLevel.FINAL_NOTICE);
		assertThat(sequence(patient).letterDue()).isFalse();
		this.clock.advanceDays(1);
		StatementLetter finalNotice = send(patient);
		assertThat(finalNotice.level()).isEqualTo(ReminderLevel.FINAL_NOTICE);
		assertThat(sequence(patient).next()).isNull();
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> send(patient))
			.withMessageContaining("next step is collections");

		// The final notice promised the patient time: collections only after the wait.
		this.clock.advanceDays(29);
		refusedCollections(patient, "may go to collections from " + Formats.date(today().plusDays(1)));
		this.clock.advanceDays(1);
		assertThat(sequence(patient).collectionsPossible()).isTrue();
		CollectionsHandoff handoff = asSpecialist(
				() -> this.receivables.handOffToCollections(CLIENT, patient, "Summit Recovery", null));
		assertThat(handoff.amount()).isEqualByComparingTo("30.00");
		assertThat(sequence(patient).hold()).isEqualTo(SequenceHold.IN_COLLECTIONS);
		assertThat(asSpecialist(() -> this.statements.letters(CLIENT, patient))).extracting(StatementLetter::level)
			.containsExactly(ReminderLevel.FINAL_NOTICE, ReminderLevel.REMINDER, ReminderLevel.STATEMENT);
	}

	@Test
	void aPaymentRestartsTheSequenceWithAStatementACycleLaterThatShowsThePayment() throws IOException {
		long patient = patientOwing(CLIENT, "PR", true, 60, "30.00");
		send(patient);
		this.clock.advanceDays(30);
		send(patient);
		this.clock.advanceDays(5);
		LocalDate paidOn = today();
		asSpecialist(() -> this.receivables.postPayment(CLIENT, patient, new BigDecimal("10.00"), paidOn, "CHK 55"));

		LetterSequence restarted = sequence(patient);
		assertThat(restarted.restartedOn()).isEqualTo(paidOn);
		assertThat(restarted.next()).isEqualTo(ReminderLevel.STATEMENT);
		assertThat(restarted.nextDue()).isEqualTo(paidOn.plusDays(30));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> send(patient))
			.withMessageContaining("statement is due on " + Formats.date(paidOn.plusDays(30)));
		refusedCollections(patient, "Send the final notice");

		this.clock.advanceDays(30);
		StatementLetter statement = send(patient);
		assertThat(statement.level()).isEqualTo(ReminderLevel.STATEMENT);
		assertThat(statement.amountDue()).isEqualByComparingTo("20.00");
		String text = pdfText(asSpecialist(() -> this.statements.pdf(CLIENT, patient, statement.id())));
		assertThat(text).contains("Previous balance $30.00", "Payments received -$10.00", "Amount due by");
	}

	@Test
	void aPaymentPlanOnScheduleHoldsTheLettersAndAMissedPlanReleasesThem() {
		long patient = patientOwing(CLIENT, "PL", true, 40, "30.00");
		send(patient);
		asSpecialist(
				() -> this.receivables.createPlan(CLIENT, patient, new BigDecimal("10.00"), 30, today().plusDays(40)));
		this.clock.advanceDays(30);
		assertThat(sequence(patient).hold()).isEqualTo(SequenceHold.PAYMENT_PLAN);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> send(patient))
			.withMessageContaining("payment plan");

		// The first installment was due on day 40 and nothing came: the plan no longer
		// holds the sequence, which goes on where it stood.
		this.clock.advanceDays(15);
		assertThat(sequence(patient).hold()).isEqualTo(SequenceHold.NONE);
		assertThat(send(patient).level()).isEqualTo(ReminderLevel.REMINDER);
	}

	@Test
	void aNewChargeJoinsTheNextLetterWithoutRestartingTheSequence() {
		long patient = patientOwing(CLIENT, "NC", true, 50, "30.00");
		send(patient);
		this.clock.advanceDays(12);
		long newVisit = patientOwing(CLIENT, "NC2", true, 0, "25.00");
		movePatientClaims(newVisit, patient);

		this.clock.advanceDays(18);
		LetterSequence sequence = sequence(patient);
		assertThat(sequence.next()).isEqualTo(ReminderLevel.REMINDER);
		assertThat(sequence.letterDue()).isTrue();
		StatementLetter reminder = send(patient);
		assertThat(reminder.level()).isEqualTo(ReminderLevel.REMINDER);
		assertThat(reminder.amountDue()).isEqualByComparingTo("55.00");
	}

	@Test
	void theLetterIsAPostAnsweredWithItsPdfLinkAndThePdfHoldsAddressesDueDateAmountAndStub() throws IOException {
		long patient = patientOwing(CLIENT, "RS", true, 45, "30.00");
		String base = "/api/v1/clients/" + CLIENT.value() + "/patient-accounts/" + patient + "/statements";

		HttpResponse<String> created = api().send("specialist",
				HttpRequest.newBuilder(URI.create(api().baseUrl() + base)).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(created.statusCode()).isEqualTo(201);
		StatementLetter letter = asSpecialist(() -> this.statements.letters(CLIENT, patient)).getFirst();
		String pdfPath = base + "/" + letter.id() + ".pdf";
		assertThat(created.headers().firstValue("Location")).hasValue(pdfPath);
		assertThat(created.body()).contains("\"id\":" + letter.id())
			.contains("\"level\":\"STATEMENT\"")
			.contains("\"pdf\":\"" + pdfPath + "\"")
			.contains("\"amountDue\":30.00");

		HttpResponse<byte[]> pdf = bytes("specialist", pdfPath);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/pdf"));
		String text = pdfText(pdf.body());
		assertThat(text).contains("1200 Lakeview Parkway, Suite 300", "(303) 555-0142");
		assertThat(text).contains("JANE DOE", "12 ELM ST", "AURORA CO  80012-1234");
		assertThat(text).contains("Due date", Formats.date(today().plusDays(21)), "Amount due", "$30.00");
		assertThat(text).contains("Amount enclosed", "Make checks payable to", "PO Box 4410", "Denver, CO 80201",
				"Please detach and return the top portion");
		assertThat(text).contains(letter.statementNumber(), "99211 Office visit", "Insurance paid");

		// Reading changes nothing; the practice's own viewer may read but not send.
		assertThat(bytes("viewer." + CLIENT.value(), pdfPath).statusCode()).isEqualTo(200);
		assertThat(api().get("specialist", base).body()).contains("\"nextLetter\":\"REMINDER\"")
			.contains("\"statementNumber\":\"" + letter.statementNumber() + "\"");
		assertThat(asSpecialist(() -> this.statements.letters(CLIENT, patient))).hasSize(1);
		HttpResponse<String> notDue = api().send("viewer." + CLIENT.value(),
				HttpRequest.newBuilder(URI.create(api().baseUrl() + base)).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(notDue.statusCode()).isEqualTo(403);
		HttpResponse<String> again = api().send("specialist",
				HttpRequest.newBuilder(URI.create(api().baseUrl() + base)).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.body()).contains("reminder is due on");
	}

	@Test
	void anotherClientsTeamOrAnotherPatientsIdReachesNoLetter() {
		long patient = patientOwing(CLIENT, "TI", true, 45, "30.00");
		long other = patientOwing(CLIENT, "TJ", true, 45, "30.00");
		StatementLetter letter = send(patient);
		String base = "/api/v1/clients/" + CLIENT.value() + "/patient-accounts/";
		assertThat(bytes("specialist2", base + patient + "/statements/" + letter.id() + ".pdf").statusCode())
			.isEqualTo(404);
		assertThatExceptionOfType(ClientAccessDeniedException.class).isThrownBy(() -> AsUser.call("specialist2",
				"AR_SPECIALIST", () -> this.statements.pdf(CLIENT, patient, letter.id())));
		// The letter belongs to one patient: asked for under another, it does not exist.
		assertThat(bytes("specialist", base + other + "/statements/" + letter.id() + ".pdf").statusCode())
			.isEqualTo(404);
		assertThat(bytes("specialist", base + "987654321/statements/" + letter.id() + ".pdf").statusCode())
			.isEqualTo(404);
	}

	@Test
	void aPatientWithoutAnAddressIsToldApartAndGetsNoBlankLetter() {
		long patient = patientOwing(CLIENT, "NA", false, 45, "30.00");
		PatientAccount account = asSpecialist(
				() -> this.receivables.accounts(CLIENT, new PatientAccountFilter(null, null, true, 1000)))
			.stream()
			.filter((candidate) -> candidate.patientId() == patient)
			.findFirst()
			.orElseThrow();
		assertThat(account.addressMissing()).isTrue();
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> send(patient))
			.withMessageContaining("no mailing address")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("address"));
		assertThat(asSpecialist(() -> this.statements.letters(CLIENT, patient))).isEmpty();
	}

	@Test
	void theAccountShowsEachLetterWithItsPdfAndWhatComesNext() {
		long patient = patientOwing(CLIENT, "UI", true, 45, "30.00");
		StatementLetter letter = send(patient);
		try {
			BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
			UI.getCurrent().navigate(PatientBalancesView.class);
			@SuppressWarnings("unchecked")
			Grid<PatientAccount> accounts = _get(Grid.class, (spec) -> spec.withId("patient-accounts-grid"));
			int row = accounts.getListDataView().getItems().map(PatientAccount::patientId).toList().indexOf(patient);
			assertThat(row).isNotNegative();
			GridKt._clickItem(accounts, row);
			assertThat(_get(Span.class, (spec) -> spec.withId("letter-sequence")).getText())
				.isEqualTo("Last letter: statement on " + Formats.date(today()) + ". Reminder due on "
						+ Formats.date(today().plusDays(30)) + ".");
			@SuppressWarnings("unchecked")
			Grid<StatementLetter> letters = _get(Grid.class, (spec) -> spec.withId("letters-grid"));
			assertThat(letters.getListDataView().getItems().toList()).extracting(StatementLetter::statementNumber)
				.containsExactly(letter.statementNumber());
			Anchor pdf = (Anchor) GridKt._getCellComponent(letters, 0, "pdf");
			assertThat(pdf.getText()).isEqualTo("Open");
			assertThat(pdf.getHref()).isNotBlank();
			Button sendNext = _get(Button.class, (spec) -> spec.withId("send-letter"));
			assertThat(sendNext.getText()).isEqualTo("Send reminder");
			assertThat(sendNext.isEnabled()).isFalse();
		}
		finally {
			BrowserlessUi.close();
		}
	}

	@Test
	void aLaterFileGivesAPatientTheAddressTheEarlierOneLacked() {
		String header = "claim_number,patient_account,patient_last_name,payer_name,service_date_from,procedure_code,"
				+ "line_charge,patient_address1,patient_city,patient_state,patient_zip\n";
		importFile(this.imports, CLIENT,
				(header + "AD-1,ACCT-AD7,Roe,Plan A,03/02/2026,99213,100.00,,,,\n").getBytes(StandardCharsets.UTF_8));
		assertThat(addressOf("ACCT-AD7")).isNull();
		importFile(this.imports, CLIENT,
				(header + "AD-2,ACCT-AD7,Roe,Plan A,03/09/2026,99213,100.00,9 Oak Rd,Golden,CO,80401\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(addressOf("ACCT-AD7")).isEqualTo("9 Oak Rd|Golden|CO|80401");
		// A file without an address keeps the one on record.
		importFile(this.imports, CLIENT,
				(header + "AD-3,ACCT-AD7,Roe,Plan A,03/16/2026,99213,100.00,,,,\n").getBytes(StandardCharsets.UTF_8));
		assertThat(addressOf("ACCT-AD7")).isEqualTo("9 Oak Rd|Golden|CO|80401");
	}

	private @Nullable String addressOf(String account) {
		return TenantContext.callAs(CLIENT,
				() -> this.transaction.execute((status) -> this.jdbc
					.sql("select address_line1 || '|' || city || '|' || state || '|' || zip from patient "
							+ "where account_number = :account")
					.param("account", account)
					.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
					.single()
					.orElse(null)));
	}

	private void refusedCollections(long patient, String why) {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> asSpecialist(
					() -> this.receivables.handOffToCollections(CLIENT, patient, "Summit Recovery", null)))
			.withMessageContaining(why);
	}

	private StatementLetter send(long patient) {
		return asSpecialist(() -> this.statements.send(CLIENT, patient));
	}

	private LetterSequence sequence(long patient) {
		return asSpecialist(() -> this.statements.sequence(CLIENT, patient));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.directory.find(CLIENT).orElseThrow().timeZone()));
	}

	/**
	 * A patient who owes {@code share} on one visit whose patient share became known so
	 * many days ago (the 835's payment date), living at 12 Elm St, Aurora, when
	 * {@code withAddress}.
	 */
	long patientOwing(ClientId client, String prefix, boolean withAddress, int daysAgo, String share) {
		return patientOwing(this.imports, this.jdbc, this.transaction, client, prefix, withAddress,
				LocalDate.now(this.clock.withZone(this.directory.find(client).orElseThrow().timeZone())), daysAgo,
				share);
	}

	static long patientOwing(FileImports imports, JdbcClient jdbc, TransactionTemplate transaction, ClientId client,
			String prefix, boolean withAddress, LocalDate today, int daysAgo, String share) {
		String number = prefix + "-" + TRACES.incrementAndGet();
		LocalDate adjudicated = today.minusDays(daysAgo);
		X12Builder claims = X12Builder.claims837("ACME HEALTH", "ACME1");
		if (withAddress) {
			claims.subscriberAddress("12 ELM ST", "AURORA", "CO", "800121234");
		}
		importFile(imports, client,
				claims
					.claim(number, "P", "1", DateTimeFormatter.BASIC_ISO_DATE.format(adjudicated.minusDays(10)),
							"100.00")
					.build(client));
		BigDecimal contractual = new BigDecimal("50.00").subtract(new BigDecimal(share));
		byte[] remittance = X12Builder
			.remittance835("ACME HEALTH", "ACME1", "TRN-" + number + "-" + TRACES.incrementAndGet(), "50.00")
			.payment(number, "1", "100.00", "50.00", share, "CO-45:" + contractual.toPlainString(), "PR-2:" + share)
			.build(client);
		importFile(imports, client,
				new String(remittance, StandardCharsets.US_ASCII)
					.replace("*20260210~", "*" + DateTimeFormatter.BASIC_ISO_DATE.format(adjudicated) + "~")
					.getBytes(StandardCharsets.US_ASCII));
		return TenantContext.callAs(client,
				() -> transaction
					.execute((status) -> jdbc.sql("select patient_id from claim where claim_number = :number")
						.param("number", number)
						.query(Long.class)
						.single()));
	}

	private static void importFile(FileImports imports, ClientId client, byte[] content) {
		var result = AsUser.call("specialist", "AR_SPECIALIST", () -> imports.importFile(client,
				(content[0] == 'I') ? "test.x12" : "test.csv", content, ImportProgress.none()));
		assertThat(result.status()).isEqualTo(ImportStatus.POSTED);
	}

	/** Puts the claims of one patient on another, as a practice system sends them. */
	private void movePatientClaims(long from, long to) {
		TenantContext.runAs(CLIENT,
				() -> this.transaction.executeWithoutResult(
						(status) -> this.jdbc.sql("update claim set patient_id = :to where patient_id = :from")
							.param("to", to)
							.param("from", from)
							.update()));
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("[ \\t]*\\R[ \\t]*", " ");
		}
	}

	private HttpResponse<byte[]> bytes(String user, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(api().baseUrl() + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static <T> T asSpecialist(Supplier<T> work) {
		return AsUser.call("specialist", "AR_SPECIALIST", work);
	}

	private ApiClient api() {
		return new ApiClient(this.port);
	}

}
