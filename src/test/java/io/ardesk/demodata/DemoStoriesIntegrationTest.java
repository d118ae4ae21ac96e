package io.ardesk.demodata;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.ardesk.ArdeskApplication;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.dashboards.ServiceLevels;
import io.ardesk.dashboards.SlaMeasure;
import io.ardesk.dashboards.SlaStatus;
import io.ardesk.security.ClientTeam;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.AsUser;
import io.ardesk.test.TestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data that tells a story (issue 12, item 9): after the demo profile's first start
 * the three demo clients show the three situations a firm meets, measured by the portal's
 * own KPIs over the trailing 90 days, and each carries a year of the firm's work.
 */
class DemoStoriesIntegrationTest {

	/** Client, story, days in A/R band, A/R over 90 % band, overall SLA status. */
	record Expected(String client, double minDays, double maxDays, double minOver90, double maxOver90,
			SlaStatus overall) {
	}

	static final List<Expected> STORIES = List.of(new Expected("northside-family", 25, 40, 5, 15, SlaStatus.GREEN),
			new Expected("riverside-cardiology", 40, 58, 15, 27, SlaStatus.AMBER),
			new Expected("lakeview-ortho", 60, 95, 27, 45, SlaStatus.RED));

	@Test
	void theThreeDemoClientsAreHealthySlippingAndInTroubleWithAYearOfTheFirmsWork() throws InterruptedException {
		TestDatabase.Database database = TestDatabase.fresh();
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(ArdeskApplication.class)
			.profiles("demo")
			.run("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(), "--ardesk.tenant-config=tenant-config",
					"--server.port=0", "--jobrunr.background-job-server.enabled=false")) {
			assertThat(portal.getBean(DemoLoad.class).awaitLoaded(Duration.ofMinutes(15)))
				.as("the demo AR load finished")
				.isTrue();
			Kpis kpis = portal.getBean(Kpis.class);
			ServiceLevels sla = portal.getBean(ServiceLevels.class);
			JdbcClient jdbc = JdbcClient.create(portal.getBean(DataSource.class));
			SoftAssertions softly = new SoftAssertions();
			for (Expected story : STORIES) {
				ClientId client = ClientId.of(story.client());
				KpiReport report = AsUser.call("manager", "ACCOUNT_MANAGER", () -> {
					LocalDate today = kpis.today(client);
					return kpis.kpis(client, today.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1), today);
				});
				ServiceLevels.SlaPanel panel = AsUser.call("manager", "ACCOUNT_MANAGER", () -> sla.panel(client));
				String figures = story.client() + " " + report.figures() + " " + panel.measures();
				System.out.println(figures);
				softly.assertThat(report.figures().daysInAr())
					.as(figures)
					.isBetween(decimal(story.minDays()), decimal(story.maxDays()));
				softly.assertThat(report.figures().arOver90Percent())
					.as(figures)
					.isBetween(decimal(story.minOver90()), decimal(story.maxOver90()));
				softly.assertThat(overall(panel.measures())).as(figures).isEqualTo(story.overall());

				String schema = "client_" + story.client().replace('-', '_');
				Map<String, Long> work = Map.of("follow-ups",
						count(jdbc, "select count(*) from " + schema + ".follow_up"), "appeals",
						count(jdbc, "select count(*) from " + schema + ".appeal"),
						// a payment recorded after a logged call on the same claim
						"recoveries",
						count(jdbc, "select count(*) from " + schema + ".claim_journal j where j.payer_paid > 0 "
								+ "and exists (select 1 from " + schema + ".follow_up f where f.claim_id = j.claim_id "
								+ "and f.logged_at < j.recorded_at)"),
						"months with follow-ups", count(jdbc,
								"select count(distinct date_trunc('month', logged_at)) from " + schema + ".follow_up"));
				softly.assertThat(work)
					.as(story.client() + " " + work)
					.allSatisfy((what, n) -> assertThat(n).isPositive());
				softly.assertThat(work.get("months with follow-ups"))
					.as("a year of work, not one day")
					.isGreaterThanOrEqualTo(6);
				// The calls and appeals are the client's specialists' work, spread among
				// them;
				// the manager makes none.
				List<String> specialists = portal.getBean(ClientTeam.class).specialistsOf(client);
				Map<String, Long> callsBy = jdbc
					.sql("select logged_by, count(*) as n from " + schema + ".follow_up group by logged_by")
					.query((rs, n) -> Map.entry(rs.getString("logged_by"), rs.getLong("n")))
					.list()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
				softly.assertThat(callsBy.keySet())
					.as(story.client() + " calls by " + callsBy)
					.containsExactlyInAnyOrderElementsOf(specialists);
				softly.assertThat(callsBy.values())
					.as("each specialist makes at least a quarter of the calls " + callsBy)
					.allSatisfy((n) -> assertThat(n * 4 * specialists.size())
						.isGreaterThanOrEqualTo(callsBy.values().stream().mapToLong(Long::longValue).sum()));
				softly
					.assertThat(count(jdbc,
							"select count(*) from " + schema + ".appeal where created_by not in ("
									+ String.join(",", specialists.stream().map((s) -> "'" + s + "'").toList()) + ")"))
					.as("appeals filed by the specialists")
					.isZero();
				softly
					.assertThat(count(jdbc, "select count(*) from " + schema + ".appeal a join " + schema
							+ ".claim c on c.id = a.claim_id where a.status = 'OPEN' and c.insurance_balance <= 0 "
							+ "and exists (select 1 from " + schema + ".claim_journal j where j.claim_id = c.id "
							+ "and j.payer_paid > 0 and j.effective_date >= cast(a.created_at as date))"))
					.as("no appeal stays open once the payer paid the claim")
					.isZero();
				softly.assertThat(count(jdbc, "select count(*) from " + schema + ".appeal where status = 'WON'"))
					.as(story.client() + " appeals won")
					.isPositive();
				long escalations = count(jdbc, "select count(*) from " + schema + ".escalation");
				if (story.overall() == SlaStatus.RED) {
					softly.assertThat(escalations).as("the practice in trouble escalated").isPositive();
				}
			}
			long trendIssues = STORIES.stream()
				.mapToLong((story) -> count(jdbc,
						"select count(*) from client_" + story.client().replace('-', '_') + ".trend_issue"))
				.sum();
			softly.assertThat(trendIssues).as("at least one trend issue to follow").isPositive();
			softly.assertAll();
		}
	}

	private static SlaStatus overall(List<SlaMeasure> measures) {
		if (measures.stream().anyMatch((m) -> m.status() == SlaStatus.RED)) {
			return SlaStatus.RED;
		}
		return measures.stream().anyMatch((m) -> m.status() == SlaStatus.AMBER) ? SlaStatus.AMBER : SlaStatus.GREEN;
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value);
	}

}
