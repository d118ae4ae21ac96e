package io.ardesk.closing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.ardesk.aging.AgingBucket;
import io.ardesk.closing.ui.MonthCloseView;
import io.ardesk.portal.ActiveClient;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.housekeeping.ClientCheck;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.LedgerInvariants;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Month close (issue 12, item 7): a closed month's KPIs and aging are frozen at close and
 * never change afterwards, because a correction posted later for a date in the closed
 * month lands on the first day of the open month, keeping the date it was posted for.
 * Closing changes how a client's journal is dated from then on, so these tests run in a
 * Spring context (and database) of their own.
 */
@ArdeskIntegrationTest
@TestPropertySource(properties = "ardesk.test.own-database=month-close")
class MonthCloseIntegrationTest extends IntegrationTestSupport {

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FileImports imports;

	@Autowired
	Kpis kpis;

	@Autowired
	MonthCloses months;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	List<ClientCheck> checks;

	@LocalServerPort
	int port;

	@Test
	void aClosedMonthKeepsItsFiguresAndALaterCorrectionLandsInTheOpenMonth() {
		LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
		YearMonth closed = YearMonth.from(today).minusMonths(1);
		YearMonth open = YearMonth.from(today);
		LocalDate served = closed.atDay(3);
		post("MC.837",
				X12Builder.claims837("MONTH CLOSE HEALTH", "MCH1")
					.claim("MC-1", "P", "1", basic(served), "500.00")
					.claim("MC-2", "P", "1", basic(served), "300.00")
					.claim("MC-3", "P", "1", basic(served), "200.00")
					.build(NORTHSIDE),
				closed.atDay(5));
		post("MC1.835",
				X12Builder.remittance835("MONTH CLOSE HEALTH", "MCH1", "MCTRN1", "350.00")
					.payment("MC-1", "1", "500.00", "350.00", "50.00", "CO-45:100.00", "PR-1:50.00")
					.payment("MC-2", "4", "300.00", "0.00", "0.00", "CO-197:300.00")
					.build(NORTHSIDE),
				closed.atDay(20));

		// The month by hand (days = the days of the closed month):
		// charges (dates of service in the month) 500 + 300 + 200 = 1,000.00;
		// contractual adjustments posted in it: MC-1's CO-45 100.00; net charges 900.00;
		// payments dated in it: MC-1's 350.00 (cash collected);
		// A/R on its last day: MC-1's patient 50.00 + MC-2's 300.00 (denied, still owed)
		// + MC-3's 200.00 = 550.00, all 0-30 days old; insurance 500.00 on 2 claims,
		// patients 50.00 on 1;
		// days in A/R = 550 / (900 / days); net collection rate = 350 / 900 = 38.9 %;
		// first adjudications: MC-1 and MC-2, MC-2 denied: initial denial rate 50.0 %.
		int days = closed.lengthOfMonth();
		BigDecimal daysInAr = new BigDecimal("550").multiply(BigDecimal.valueOf(days))
			.divide(new BigDecimal("900"), 1, RoundingMode.HALF_UP);

		ApiClient api = new ApiClient(this.port);
		String path = "/api/v1/clients/northside-family/months/" + closed;
		HttpResponse<String> close = api.postJson("manager", path + "/close", "");
		assertThat(close.statusCode()).as(close.body()).isEqualTo(201);
		JsonNode frozen = json.readTree(close.body());
		assertThat(frozen.get("status").asString()).isEqualTo("CLOSED");
		assertThat(frozen.get("closedBy").asString()).isEqualTo("manager");
		JsonNode k = frozen.get("kpis");
		assertThat(k.get("cashCollected").decimalValue()).isEqualByComparingTo("350.00");
		assertThat(k.get("netCollectionRate").decimalValue()).isEqualByComparingTo("38.9");
		assertThat(k.get("daysInAr").decimalValue()).isEqualByComparingTo(daysInAr);
		assertThat(k.get("arOver90Percent").decimalValue()).isEqualByComparingTo("0.0");
		assertThat(k.get("initialDenialRate").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(k.get("basis").get("totalAr").decimalValue()).isEqualByComparingTo("550.00");
		assertThat(k.get("basis").get("charges").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(k.get("basis").get("contractual").decimalValue()).isEqualByComparingTo("100.00");
		JsonNode aging = frozen.get("aging");
		assertThat(aging.get("asOf").asString()).isEqualTo(closed.atEndOfMonth().toString());
		assertThat(aging.get("insurance").get("total").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(aging.get("insurance").get("buckets").get(0).get("amount").decimalValue())
			.isEqualByComparingTo("500.00");
		assertThat(aging.get("insurance").get("buckets").get(0).get("claims").asLong()).isEqualTo(2);
		assertThat(aging.get("patient").get("total").decimalValue()).isEqualByComparingTo("50.00");

		MonthFigures atClose = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.months.figures(NORTHSIDE, closed));
		KpiReport liveAtClose = live(closed);
		assertThat(atClose.kpis().figures()).as("the frozen KPIs are Kpis.kpis of the month at close")
			.isEqualTo(liveAtClose.figures());
		assertThat(atClose.kpis().basis()).isEqualTo(liveAtClose.basis());
		assertThat(atClose.aging().insurance().bucket(AgingBucket.B0_30).amount()).isEqualByComparingTo("500.00");

		// A correction dated in the closed month: MC-1's payment reversed and paid again
		// (380.00 instead of 350.00, the patient owing 20.00), and MC-3 paid 150.00.
		post("MC2.835",
				X12Builder.remittance835("MONTH CLOSE HEALTH", "MCH1", "MCTRN2", "180.00")
					.payment("MC-1", "22", "-500.00", "-350.00", "-50.00", "CO-45:-100.00", "PR-1:-50.00")
					.payment("MC-1", "1", "500.00", "380.00", "20.00", "CO-45:100.00", "PR-1:20.00")
					.payment("MC-3", "1", "200.00", "150.00", "0.00", "CO-45:50.00")
					.build(NORTHSIDE),
				closed.atDay(25));

		MonthFigures after = AsUser.call("specialist", "AR_SPECIALIST", () -> this.months.figures(NORTHSIDE, closed));
		assertThat(after.kpis().figures()).as("the frozen figures").isEqualTo(atClose.kpis().figures());
		assertThat(after.aging()).isEqualTo(atClose.aging());
		KpiReport liveAfter = live(closed);
		assertThat(liveAfter.figures()).as("the closed month computed again").isEqualTo(liveAtClose.figures());
		assertThat(liveAfter.basis()).isEqualTo(liveAtClose.basis());
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.months.figures(NORTHSIDE, closed).aging()))
			.isEqualTo(atClose.aging());

		List<Map<String, Object>> redated = this.jdbc.sql("""
				select j.kind, j.effective_date, j.original_effective_date, j.payer_paid
				from client_northside_family.claim_journal j
				join client_northside_family.claim c on c.id = j.claim_id
				where j.original_effective_date is not null order by j.id""").query().listOfRows();
		assertThat(redated).as("the reversal and the two payments").hasSize(3).allSatisfy((row) -> {
			assertThat(row.get("effective_date").toString()).isEqualTo(open.atDay(1).toString());
			assertThat(row.get("original_effective_date").toString()).isEqualTo(closed.atDay(25).toString());
		});
		assertThat(redated.get(0).get("kind")).isEqualTo("REVERSAL");

		// The open month has the correction: -350 + 380 + 150 = 180.00 collected, the
		// contractual -100 + 100 + 50 = 50.00.
		KpiReport openMonth = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.kpis.kpis(NORTHSIDE, open.atDay(1), today));
		assertThat(openMonth.figures().cashCollected()).isEqualByComparingTo("180.00");
		assertThat(openMonth.basis().contractual()).isEqualByComparingTo("50.00");
		assertThat(openMonth.basis().totalAr()).as("MC-1's patient 20.00 + MC-2's 300.00")
			.isEqualByComparingTo("320.00");

		HttpResponse<String> twice = api.postJson("manager", path + "/close", "");
		assertThat(twice.statusCode()).isEqualTo(409);
		HttpResponse<String> earlier = api.postJson("manager",
				"/api/v1/clients/northside-family/months/" + closed.minusMonths(1) + "/close", "");
		assertThat(earlier.statusCode()).as("months close in order").isEqualTo(422);
		assertThat(earlier.body()).contains("month").contains(closed.toString());
		JsonNode list = json.readTree(api.get("specialist", "/api/v1/clients/northside-family/months").body());
		assertThat(list.get(0).get("month").asString()).isEqualTo(open.toString());
		assertThat(list.get(0).get("status").asString()).isEqualTo("OPEN");
		assertThat(list.get(1).get("status").asString()).isEqualTo("CLOSED");
		assertThat(list.get(1).get("closedBy").asString()).isEqualTo("manager");
		assertThat(list.size()).isEqualTo(MonthCloses.RECENT_MONTHS);

		LedgerInvariants.assertHold(NORTHSIDE, this.jdbc, this.transaction, this.checks);
	}

	@Test
	void onlyTheClientsManagersCloseAMonthAndThePracticeReadsItsOwnClosedMonths() {
		YearMonth last = YearMonth.now(ZoneId.of("America/Denver")).minusMonths(1);
		String base = "/api/v1/clients/lakeview-ortho/months/";
		ApiClient api = new ApiClient(this.port);
		assertThat(api.postJson("specialist", base + last + "/close", "").statusCode()).isEqualTo(403);
		assertThat(api.postJson("viewer.lakeview-ortho", base + last + "/close", "").statusCode()).isEqualTo(403);
		assertThat(api.postJson("specialist2", base + last + "/close", "").statusCode())
			.as("a specialist of other clients")
			.isEqualTo(404);
		HttpResponse<String> current = api.postJson("manager", base + last.plusMonths(1) + "/close", "");
		assertThat(current.statusCode()).isEqualTo(422);
		assertThat(current.body()).contains("\"month\"");
		HttpResponse<String> malformed = api.postJson("manager", base + "2026-13/close", "");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("month");

		assertThat(api.postJson("admin", base + last + "/close", "").statusCode()).isEqualTo(201);
		assertThat(api.postJson("manager", base + last + "/close", "").statusCode()).isEqualTo(409);
		HttpResponse<String> viewer = api.get("viewer.lakeview-ortho", base + last);
		assertThat(viewer.statusCode()).isEqualTo(200);
		assertThat(viewer.body()).contains("\"status\":\"CLOSED\"").contains("\"closedBy\":\"admin\"");
		assertThat(api.get("viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/months").statusCode())
			.isEqualTo(200);
		assertThat(api.get("viewer.northside-family", base + last).statusCode()).as("another practice").isEqualTo(404);
		assertThat(api.get("viewer.lakeview-ortho", base + last.plusMonths(1)).statusCode())
			.as("the month under way has no figures yet")
			.isEqualTo(422);
		HttpResponse<String> openEarlier = api.get("manager", base + last.minusMonths(1));
		assertThat(openEarlier.statusCode()).isEqualTo(200);
		assertThat(openEarlier.body()).contains("\"status\":\"OPEN\"");
		LedgerInvariants.assertHold(LAKEVIEW, this.jdbc, this.transaction, this.checks);
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void aManagerClosesAMonthInTheViewAfterConfirmingAndASpecialistOnlyReads() {
		ClientId riverside = ClientId.of("riverside-cardiology");
		YearMonth last = YearMonth.now(ZoneId.of("America/New_York")).minusMonths(1);
		try {
			BrowserlessUi.openAs(this.context, "manager", "ACCOUNT_MANAGER");
			this.context.getBean(ActiveClient.class).switchTo(riverside);
			UI.getCurrent().navigate(MonthCloseView.class);
			@SuppressWarnings("unchecked")
			Grid<?> grid = _get(Grid.class, (spec) -> spec.withId("months-grid"));
			assertThat(GridKt._size(grid)).isEqualTo(MonthCloses.RECENT_MONTHS);
			Button close = (Button) GridKt._getCellComponent(grid, 1, "close");
			assertThat(close.getId()).contains("close-" + last);
			assertThat(GridKt._getCellComponent(grid, 0, "close")).as("the month under way")
				.isNotInstanceOf(Button.class);
			_click(close);
			Dialog dialog = _get(Dialog.class);
			assertThat(dialog.getHeaderTitle()).isEqualTo("Close " + MonthCloseView.MONTH.format(last) + "?");
			_click(_get(Button.class, (spec) -> spec.withId("confirm-close")));
			assertThat(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.months.months(riverside).get(1)))
				.satisfies((month) -> {
					assertThat(month.month()).isEqualTo(last);
					assertThat(month.status()).isEqualTo(MonthState.CLOSED);
					assertThat(month.closedBy()).isEqualTo("manager");
				});
			assertThat(_get(Span.class, (spec) -> spec.withId("month-figures-basis")).getText())
				.startsWith("Frozen when manager closed the month");
		}
		finally {
			BrowserlessUi.close();
		}
		try {
			BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
			this.context.getBean(ActiveClient.class).switchTo(NORTHSIDE);
			UI.getCurrent().navigate(MonthCloseView.class);
			Grid<?> grid = _get(Grid.class, (spec) -> spec.withId("months-grid"));
			assertThat(grid.getColumnByKey("close")).as("no Close button for a specialist").isNull();
			assertThat(GridKt._size(grid)).isEqualTo(MonthCloses.RECENT_MONTHS);
		}
		finally {
			BrowserlessUi.close();
		}
	}

	private KpiReport live(YearMonth month) {
		return AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.kpis.kpis(NORTHSIDE, month.atDay(1), month.atEndOfMonth()));
	}

	/** Posts a file as the practice sends it, sent (or paid) on the date given. */
	private void post(String name, byte[] content, LocalDate on) {
		String date = basic(on);
		byte[] file = new String(content, StandardCharsets.UTF_8).replace("DA*98765*20260210", "DA*98765*" + date)
			.replace("DTM*405*20260209", "DTM*405*" + date)
			.replace("BHT*0019*00*BATCH1*20260105", "BHT*0019*00*BATCH1*" + date)
			.getBytes(StandardCharsets.UTF_8);
		AsUser.run("specialist", "AR_SPECIALIST",
				() -> assertThat(this.imports.importFile(NORTHSIDE, name, file, ImportProgress.none()).status())
					.as(name)
					.isEqualTo(ImportStatus.POSTED));
	}

	private static String basic(LocalDate date) {
		return date.format(DateTimeFormatter.BASIC_ISO_DATE);
	}

}
