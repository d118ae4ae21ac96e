package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.ardesk.aging.AgingBucket;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.dashboards.ui.ClientDashboardView;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.ApiClient;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures equal independent SQL over the ledger (issue 12): the demo
 * ledger is loaded as on a first start (four months), and for Riverside Cardiology (aged
 * by submission date) and the trailing 90 days ending today, every figure is computed
 * here with plain SQL straight over {@code claim} and {@code claim_journal} (balances as
 * the sum of the dated journal deltas, not the service's {@code claim_balances_as_of}),
 * then compared with the service, the REST answer and the portfolio.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "jobrunr.background-job-server.enabled=false", "ardesk.tenant-config=tenant-config",
				"ardesk.demo-data.enabled=true", "ardesk.demo-data.months=4" })
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTruthIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("riverside-cardiology");

	static final String SCHEMA = "client_riverside_cardiology";

	@Autowired
	Kpis kpis;

	@Autowired
	Portfolio portfolio;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	LocalDate from;

	LocalDate to;

	Truth truth;

	/** The figures as independent SQL computes them. */
	record Truth(BigDecimal totalAr, BigDecimal over90, BigDecimal charges, BigDecimal contractual, BigDecimal payments,
			long firstAdjudicated, long denied) {

		BigDecimal netCharges() {
			return this.charges.subtract(this.contractual);
		}

	}

	@BeforeAll
	void independentFigures() {
		demoDataLoaded();
		this.to = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.kpis.today(CLIENT));
		this.from = this.to.minusDays(89);
		Map<String, Object> p = Map.of("from", Date.valueOf(this.from), "to", Date.valueOf(this.to));
		// Each claim's balances on `to`: the sum of its journal deltas effective by then.
		// Owed = positive insurance + positive patient balance; age from the submission
		// date (Riverside's aging basis), the service date if never submitted.
		Map<String, Object> ar = this.jdbc.sql("""
				with bal as (
				  select j.claim_id, sum(j.insurance_balance) as ins, sum(j.patient_balance) as pat
				  from %1$s.claim_journal j where j.effective_date <= :to group by j.claim_id)
				select sum(greatest(bal.ins, 0) + greatest(bal.pat, 0)) as total,
				  sum(greatest(bal.ins, 0) + greatest(bal.pat, 0))
				    filter (where :to - coalesce(c.submitted_on, c.service_date_from) >= 91) as over90
				from bal join %1$s.claim c on c.id = bal.claim_id
				where coalesce(c.submitted_on, c.service_date_from) <= :to""".formatted(SCHEMA))
			.params(p)
			.query()
			.singleRow();
		BigDecimal charges = this.jdbc
			.sql("""
					select coalesce(sum(j.billed), 0) from %1$s.claim_journal j join %1$s.claim c on c.id = j.claim_id
					where j.effective_date <= :to and c.service_date_from >= :from and c.service_date_from <= :to"""
				.formatted(SCHEMA))
			.params(p)
			.query(BigDecimal.class)
			.single();
		Map<String, Object> posted = this.jdbc
			.sql("""
					select coalesce(sum(j.contractual), 0) as contractual,
					  coalesce(sum(j.payer_paid + j.patient_paid) filter (where j.kind in
					    ('ADJUDICATION', 'REVERSAL', 'PATIENT_PAYMENT', 'EXCEPTION_RESOLUTION', 'REFUND')), 0) as payments
					from %1$s.claim_journal j where j.effective_date >= :from and j.effective_date <= :to"""
				.formatted(SCHEMA))
			.params(p)
			.query()
			.singleRow();
		// First adjudication of each claim ever (earliest effective date, then the first
		// recorded); counted when it fell in the period; denied when it left an amount
		// denied open.
		Map<String, Object> firsts = this.jdbc.sql("""
				with ranked as (
				  select j.claim_id, j.effective_date, j.denied_open,
				    row_number() over (partition by j.claim_id order by j.effective_date, j.id) as n
				  from %1$s.claim_journal j where j.kind = 'ADJUDICATION')
				select count(*) as claims, count(*) filter (where denied_open > 0) as denied
				from ranked where n = 1 and effective_date >= :from and effective_date <= :to""".formatted(SCHEMA))
			.params(p)
			.query()
			.singleRow();
		this.truth = new Truth((BigDecimal) ar.get("total"), (BigDecimal) ar.get("over90"), charges,
				(BigDecimal) posted.get("contractual"), (BigDecimal) posted.get("payments"),
				((Number) firsts.get("claims")).longValue(), ((Number) firsts.get("denied")).longValue());
	}

	/**
	 * Balances as of a date read the fast way (each claim's running balances less the
	 * journal after the date, for the claims on the books by then: what the KPIs and
	 * aging read) equal each claim's journal summed up to the date, claim by claim, for
	 * today, recent dates and older ones: a claim entered after the date is absent, one
	 * paid after it shows what it owed then.
	 */
	@Test
	void balancesAsOfADateEqualTheJournalSummedUpToThatDate() {
		String service = "select c.id, c.billed - coalesce(x.billed, 0), "
				+ "c.insurance_balance - coalesce(x.insurance_balance, 0), "
				+ "c.patient_balance - coalesce(x.patient_balance, 0) from claim c left join "
				+ ClaimLedger.changesAfter("asOf") + " x on x.claim_id = c.id where c.opened_on <= :asOf";
		String journal = "select claim_id, sum(billed), sum(insurance_balance), sum(patient_balance) "
				+ "from claim_journal where effective_date <= :asOf group by claim_id";
		LocalDate today = this.to;
		int changedAfter = 0;
		for (LocalDate asOf : new LocalDate[] { today, today.minusDays(1), today.minusDays(7), today.minusDays(30),
				today.minusDays(62), today.minusDays(63), today.minusDays(100) }) {
			Map<String, Object> p = Map.of("asOf", Date.valueOf(asOf));
			long rows = inClient(() -> this.jdbc.sql("select count(*) from (" + journal + ") j")
				.params(p)
				.query(Long.class)
				.single());
			long differing = inClient(() -> this.jdbc
				.sql("select count(*) from ((" + service + " except all " + journal + ") union all (" + journal
						+ " except all " + service + ")) d")
				.params(p)
				.query(Long.class)
				.single());
			assertThat(differing).as("claims whose balances as of %s differ from their journal", asOf).isZero();
			assertThat(inClient(() -> this.jdbc.sql("select count(*) from (" + service + ") s")
				.params(p)
				.query(Long.class)
				.single())).as("claims with balances as of %s", asOf).isEqualTo(rows).isPositive();
			changedAfter += inClient(() -> this.jdbc
				.sql("select count(distinct claim_id) from claim_journal where effective_date > :asOf")
				.params(p)
				.query(Integer.class)
				.single());
		}
		assertThat(changedAfter).as("the dates have claims that moved (or were entered) after them").isPositive();
		assertThat(inClient(() -> this.jdbc
			.sql("select count(*) from claim c where not exists "
					+ "(select 1 from claim_journal j where j.claim_id = c.id and j.effective_date <= :asOf)")
			.param("asOf", Date.valueOf(today.minusDays(30)))
			.query(Long.class)
			.single())).as("claims entered in the last 30 days, absent from the balances of 30 days ago").isPositive();
	}

	private <T> T inClient(java.util.function.Supplier<T> query) {
		return TenantContext.callAs(CLIENT, () -> this.transaction.execute((status) -> query.get()));
	}

	@Autowired
	CashRecoveryDashboard cashRecovery;

	/**
	 * The cash-recovery weeks' aging and roll rates equal independent SQL over the
	 * journal (each claim's journal summed up to the week's end and to the end of the
	 * week before) for this week, last week and weeks a month and three months back.
	 */
	@Test
	void cashRecoveryAgingAndRollsEqualTheJournalAtEachWeekEnd() {
		long rolledClaimsSeen = 0;
		for (LocalDate end : new LocalDate[] { this.to, this.to.minusDays(7), this.to.minusDays(35),
				this.to.minusDays(84) }) {
			LocalDate previous = end.minusDays(7);
			RecoveryWeek week = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.cashRecovery.week(CLIENT, end));
			java.util.List<Map<String, Object>> claims = this.jdbc.sql("""
					with e as (select claim_id, sum(insurance_balance) as ib, sum(patient_balance) as pb
					  from %1$s.claim_journal where effective_date <= :end group by claim_id),
					p as (select claim_id, sum(insurance_balance) as ib, sum(patient_balance) as pb
					  from %1$s.claim_journal where effective_date <= :previous group by claim_id)
					select :end - coalesce(c.submitted_on, c.service_date_from) as age_end,
					  :previous - coalesce(c.submitted_on, c.service_date_from) as age_previous,
					  greatest(e.ib, 0) + greatest(e.pb, 0) as owed_end,
					  greatest(p.ib, 0) + greatest(p.pb, 0) as owed_previous
					from e join %1$s.claim c on c.id = e.claim_id left join p on p.claim_id = c.id
					where coalesce(c.submitted_on, c.service_date_from) <= :end
					  and greatest(e.ib, 0) + greatest(e.pb, 0) > 0""".formatted(SCHEMA))
				.param("end", Date.valueOf(end))
				.param("previous", Date.valueOf(previous))
				.query()
				.listOfRows();
			Map<AgingBucket, BigDecimal> aging = new java.util.EnumMap<>(AgingBucket.class);
			BigDecimal rolled = BigDecimal.ZERO;
			long rolled60To90 = 0;
			for (Map<String, Object> claim : claims) {
				AgingBucket atEnd = AgingBucket.of(((Number) claim.get("age_end")).longValue());
				AgingBucket before = AgingBucket.of(((Number) claim.get("age_previous")).longValue());
				BigDecimal owed = (BigDecimal) claim.get("owed_end");
				aging.merge(atEnd, owed, BigDecimal::add);
				BigDecimal owedBefore = (BigDecimal) claim.get("owed_previous");
				if (owedBefore != null && owedBefore.signum() > 0 && before != atEnd) {
					rolled = rolled.add(owed);
					rolled60To90 += (atEnd == AgingBucket.B91_120) ? 1 : 0;
				}
			}
			for (AgingBucket bucket : AgingBucket.values()) {
				assertThat(week.aging().getOrDefault(bucket, BigDecimal.ZERO))
					.as("A/R in %s at the week ending %s", bucket, end)
					.isEqualByComparingTo(aging.getOrDefault(bucket, BigDecimal.ZERO));
			}
			assertThat(week.rolledFrom().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
				.as("A/R that rolled into an older bucket in the week ending %s", end)
				.isEqualByComparingTo(rolled);
			assertThat(week.claimsRolled60To90()).as("claims rolled 60 to 90 in the week ending %s", end)
				.isEqualTo(rolled60To90);
			rolledClaimsSeen += rolled60To90;
		}
		assertThat(rolledClaimsSeen).as("the demo ledger has claims rolling from 61-90 into 91-120").isPositive();
	}

	@Test
	void theDemoLedgerHasSomethingToMeasure() {
		assertThat(this.truth.totalAr()).isPositive();
		assertThat(this.truth.over90()).isPositive();
		assertThat(this.truth.payments()).isPositive();
		assertThat(this.truth.firstAdjudicated()).isPositive();
		assertThat(this.truth.denied()).isPositive();
		assertThat(this.truth.netCharges()).isPositive();
	}

	@Test
	void theServicesKpisEqualTheIndependentSql() {
		KpiReport report = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.kpis.kpis(CLIENT, this.from, this.to));
		assertThat(report.basis().totalAr()).isEqualByComparingTo(money(this.truth.totalAr()));
		assertThat(report.basis().arOver90()).isEqualByComparingTo(money(this.truth.over90()));
		assertThat(report.basis().charges()).isEqualByComparingTo(money(this.truth.charges()));
		assertThat(report.basis().contractual()).isEqualByComparingTo(money(this.truth.contractual()));
		assertThat(report.basis().claimsFirstAdjudicated()).isEqualTo(this.truth.firstAdjudicated());
		assertThat(report.basis().claimsDenied()).isEqualTo(this.truth.denied());
		KpiReport.KpiFigures f = report.figures();
		assertThat(f.cashCollected()).isEqualByComparingTo(money(this.truth.payments()));
		assertThat(f.arOver90Percent()).isCloseTo(percent(this.truth.over90(), this.truth.totalAr()), within());
		assertThat(f.daysInAr()).isCloseTo(daysInAr(), within());
		assertThat(f.netCollectionRate()).isCloseTo(percent(this.truth.payments(), this.truth.netCharges()), within());
		assertThat(f.initialDenialRate()).isCloseTo(
				percent(BigDecimal.valueOf(this.truth.denied()), BigDecimal.valueOf(this.truth.firstAdjudicated())),
				within());
	}

	@Test
	void theRestAnswerCarriesTheSameFigures() {
		HttpResponse<String> answer = new ApiClient(this.port).get("manager",
				"/api/v1/clients/riverside-cardiology/kpis?from=" + this.from + "&to=" + this.to);
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = JsonMapper.builder().build().readTree(answer.body());
		assertThat(body.get("basis").get("totalAr").decimalValue()).isEqualByComparingTo(money(this.truth.totalAr()));
		assertThat(body.get("cashCollected").decimalValue()).isEqualByComparingTo(money(this.truth.payments()));
		assertThat(body.get("arOver90Percent").decimalValue())
			.isCloseTo(percent(this.truth.over90(), this.truth.totalAr()), within());
		assertThat(body.get("daysInAr").decimalValue()).isCloseTo(daysInAr(), within());
		assertThat(body.get("netCollectionRate").decimalValue())
			.isCloseTo(percent(this.truth.payments(), this.truth.netCharges()), within());
		assertThat(body.get("initialDenialRate").decimalValue()).isCloseTo(
				percent(BigDecimal.valueOf(this.truth.denied()), BigDecimal.valueOf(this.truth.firstAdjudicated())),
				within());
	}

	@Test
	void thePortfolioShowsTheSameFiguresForTheClient() {
		PortfolioEntry entry = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.portfolio.ranked())
			.clients()
			.stream()
			.filter((e) -> e.clientId().equals(CLIENT))
			.findFirst()
			.orElseThrow();
		assertThat(entry.totalAr()).isEqualByComparingTo(money(this.truth.totalAr()));
		assertThat(entry.arOver90Percent()).isCloseTo(percent(this.truth.over90(), this.truth.totalAr()), within());
		assertThat(entry.daysInAr()).isCloseTo(daysInAr(), within());
	}

	@Autowired
	KpiClaims kpiClaims;

	@Test
	void eachDrillDownListsTheClaimsWhoseTotalIsTheKpisNumerator() {
		KpiReport report = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.kpis.kpis(CLIENT, this.from, this.to));
		KpiClaims.Page over90 = drillDown(KpiDrillDown.AR_OVER_90);
		assertThat(over90.total()).isEqualByComparingTo(report.basis().arOver90());
		assertThat(over90.claims()).isNotEmpty().allSatisfy((claim) -> {
			assertThat(claim.ageDays()).isGreaterThan(90);
			assertThat(claim.amount()).isPositive();
		});
		KpiClaims.Page denied = drillDown(KpiDrillDown.INITIAL_DENIAL_RATE);
		assertThat(denied.count()).isEqualTo(report.basis().claimsDenied()).isEqualTo(this.truth.denied());
		KpiClaims.Page cash = drillDown(KpiDrillDown.CASH_COLLECTED);
		assertThat(cash.total()).isEqualByComparingTo(report.figures().cashCollected())
			.isEqualByComparingTo(money(this.truth.payments()));
		KpiClaims.Page firstFive = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.kpiClaims.claims(CLIENT, KpiDrillDown.CASH_COLLECTED, this.from, this.to, 5));
		assertThat(firstFive.claims()).hasSize(5);
		assertThat(firstFive.count()).as("the count covers every claim, not the listed ones").isEqualTo(cash.count());
		assertThat(firstFive.total()).isEqualByComparingTo(cash.total());
	}

	@Test
	void theDrillDownEndpointGivesTheCountAndTotalAndKeepsOtherPracticesOut() {
		ApiClient api = new ApiClient(this.port);
		String path = "/api/v1/clients/riverside-cardiology/kpis/arOver90Percent/claims?from=" + this.from + "&to="
				+ this.to;
		HttpResponse<String> manager = api.get("manager", path);
		assertThat(manager.statusCode()).isEqualTo(200);
		JsonNode body = JsonMapper.builder().build().readTree(manager.body());
		assertThat(body.get("total").decimalValue()).isEqualByComparingTo(money(this.truth.over90()));
		assertThat(manager.headers().firstValue("X-Total-Count")).contains(String.valueOf(body.get("count").asLong()));
		assertThat(new BigDecimal(manager.headers().firstValue("X-Total-Amount").orElseThrow()))
			.isEqualByComparingTo(money(this.truth.over90()));
		assertThat(body.get("claims").size()).isEqualTo((int) Math.min(1000, body.get("count").asLong()));
		HttpResponse<String> viewer = api.get("viewer.riverside-cardiology", path);
		assertThat(viewer.statusCode()).as("the practice sees the claims behind its own KPIs").isEqualTo(200);
		assertThat(api.get("viewer.lakeview-ortho", path).statusCode()).isEqualTo(404);
		assertThat(api.get("manager", "/api/v1/clients/riverside-cardiology/kpis/noSuchKpi/claims").statusCode())
			.isEqualTo(404);
		assertThat(api.get("manager", "/api/v1/clients/riverside-cardiology/kpis/cashCollected/claims?limit=0")
			.statusCode()).isEqualTo(400);
		assertThat(api
			.get("manager",
					"/api/v1/clients/riverside-cardiology/kpis/cashCollected/claims?from=2030-01-01&to=2020-01-01")
			.body()).contains("from");
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void clickingAKpiOnTheDashboardListsTheClaimsBehindIt() {
		try {
			BrowserlessUi.openAs(this.context, "manager", "ACCOUNT_MANAGER");
			this.context.getBean(ActiveClient.class).switchTo(CLIENT);
			UI.getCurrent().navigate(ClientDashboardView.class);
			_click(_get(Div.class, (spec) -> spec.withId("kpi-ar-over-90-percent")));
			@SuppressWarnings("unchecked")
			Grid<KpiClaim> grid = _get(Grid.class, (spec) -> spec.withId("kpi-claims"));
			KpiClaims.Page over90 = drillDown(KpiDrillDown.AR_OVER_90);
			assertThat(grid.getListDataView().getItems().map(KpiClaim::claimNumber).toList())
				.isEqualTo(over90.claims().stream().map(KpiClaim::claimNumber).toList());
			assertThat(_get(Paragraph.class, (spec) -> spec.withId("kpi-claims-summary")).getText()).startsWith(
					Formats.count(over90.count()) + " claims, total " + Formats.money(money(this.truth.over90())));
		}
		finally {
			BrowserlessUi.close();
		}
	}

	private KpiClaims.Page drillDown(KpiDrillDown kpi) {
		return AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.kpiClaims.claims(CLIENT, kpi, this.from, this.to, KpiClaims.MAX_ROWS));
	}

	private BigDecimal daysInAr() {
		// total A/R ÷ (net charges ÷ days) = total A/R × days ÷ net charges.
		return this.truth.totalAr()
			.multiply(BigDecimal.valueOf(90))
			.divide(this.truth.netCharges(), 1, RoundingMode.HALF_UP);
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	private static org.assertj.core.data.Offset<BigDecimal> within() {
		return org.assertj.core.data.Offset.offset(new BigDecimal("0.1"));
	}

}
