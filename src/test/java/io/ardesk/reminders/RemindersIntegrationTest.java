package io.ardesk.reminders;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.escalation.EscalationReason;
import io.ardesk.escalation.Escalations;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.jobs.BackgroundJobs;
import io.ardesk.jobs.ClientJobRun;
import io.ardesk.jobs.JobOutcome;
import io.ardesk.notifications.Notification;
import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.Notifications;
import io.ardesk.notifications.OutboxMessage;
import io.ardesk.reminders.internal.ClientReminderJobs;
import io.ardesk.reminders.internal.DigestJobs;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.MovableClock;
import io.ardesk.test.X12Builder;
import io.ardesk.worklist.HighValueFlags;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reminder jobs (issue 10): the morning digest across a user's clients and none
 * other, deadline alerts once per claim and deadline, "no response" claims, the outbox
 * that keeps e-mail when no mail server is configured, and one client's failing job
 * leaving the others done. "specialist" works Lakeview and Northside, not Riverside.
 */
@ArdeskIntegrationTest
@Import(MovableClock.Config.class)
class RemindersIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final ClientId RIVERSIDE = ClientId.of("riverside-cardiology");

	@Autowired
	DigestJobs digests;

	@Autowired
	ClientReminderJobs reminders;

	@Autowired
	Notifications notifications;

	@Autowired
	Escalations escalations;

	@Autowired
	BackgroundJobs backgroundJobs;

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MovableClock clock;

	@Autowired
	HighValueFlags highValue;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theDigestCoversTheUsersTwoClientsAndNothingOfAClientTheyDoNotWork() {
		seed(LAKEVIEW, "DGL", "1500.00");
		seed(NORTHSIDE, "DGN", "2500.00", "2600.00");
		seed(RIVERSIDE, "DGR", "3500.00");
		admin(() -> this.queue.refresh(LAKEVIEW, false));
		admin(() -> this.queue.refresh(NORTHSIDE, false));
		admin(() -> this.queue.refresh(RIVERSIDE, false));
		// Northside's claims go round robin to its two specialists: one each.
		String mine = admin(() -> this.queue.clientQueue(NORTHSIDE, "specialist", 100)).stream()
			.map(WorkItem::claimNumber)
			.filter((number) -> number.startsWith("DGN-"))
			.findFirst()
			.orElseThrow();
		AsUser.run("viewer.riverside-cardiology", "CLIENT_VIEWER",
				() -> this.escalations.raise(RIVERSIDE, "DGR-1", EscalationReason.PATIENT_COMPLAINT, null));
		ZoneId firm = ZoneId.of("America/New_York");
		LocalDate today = LocalDate.now(this.clock.withZone(firm)).plusDays(1);
		moveTo(ZonedDateTime.of(today, LocalTime.of(6, 59), firm));
		assertThat(this.digests.sendDueDigests()).as("before digestAt (07:00)").isEmpty();
		moveTo(ZonedDateTime.of(today, LocalTime.of(7, 5), firm));
		assertThat(this.digests.sendDueDigests()).contains("specialist", "specialist2", "manager");

		assertThat(this.digests.sendDigest("specialist", today.toString())).isTrue();
		assertThat(this.digests.sendDigest("specialist", today.toString())).as("once a day").isFalse();

		List<Notification> digest = mine("specialist", "AR_SPECIALIST").stream()
			.filter((n) -> n.kind() == NotificationKind.DIGEST)
			.toList();
		assertThat(digest).singleElement().satisfies((n) -> {
			assertThat(n.body()).contains("Lakeview Orthopedics:", "Northside Family Medicine:", "claim " + mine,
					"overdue");
			assertThat(n.body()).doesNotContain("Riverside", "DGR-1").doesNotContain("DOE").doesNotContain("JANE");
		});
		this.digests.sendDigest("specialist2", today.toString());
		assertThat(mine("specialist2", "AR_SPECIALIST")).filteredOn((n) -> n.kind() == NotificationKind.DIGEST)
			.singleElement()
			.satisfies((n) -> assertThat(n.body()).contains("Riverside Cardiology Associates:", "DGR-1",
					"1 open escalation"));
	}

	@Test
	void aDeadlineCloseAlertsTheOwnerAndTheAccountManagerOnceAndTheOutboxKeepsTheirMail() {
		seed(LAKEVIEW, "DLA", "640.00");
		admin(() -> this.queue.refresh(LAKEVIEW, false));
		WorkItem item = admin(() -> this.queue.clientQueue(LAKEVIEW, null, 10000)).stream()
			.filter((i) -> i.claimNumber().equals("DLA-1"))
			.findFirst()
			.orElseThrow();
		assertThat(item.deadline()).isNotNull();
		LocalDate deadline = item.deadline().date();
		ZoneId zone = ZoneId.of("America/Denver");
		moveTo(ZonedDateTime.of(deadline.minusDays(10), LocalTime.NOON, zone));

		this.reminders.alertDeadlines(LAKEVIEW.value());
		this.reminders.alertDeadlines(LAKEVIEW.value());

		// named once: alone ("... of claim DLA-1") or in the list of the run's claims
		List<Notification> owners = alerts(item.owner(), "AR_SPECIALIST", "DLA-1");
		assertThat(owners).singleElement()
			.satisfies((n) -> assertThat(n.title()).contains("Lakeview Orthopedics")
				.containsAnyOf("Timely filing deadline of claim DLA-1",
						"with a filing or appeal deadline within 14 days"));
		assertThat(owners.getFirst().body()).contains("10 days left");
		assertThat(alerts("manager", "ACCOUNT_MANAGER", "DLA-1")).hasSize(1);
		assertThat(alerts("specialist2", "AR_SPECIALIST", "DLA-1")).as("not on the client").isEmpty();

		// No mail server in this test: the e-mail is kept for an administrator, not lost.
		List<OutboxMessage> outbox = admin(() -> this.notifications.outbox(1000)).stream()
			.filter((m) -> m.subject().contains("DLA-1") || m.body().contains("DLA-1:"))
			.toList();
		assertThat(outbox).extracting(OutboxMessage::recipient).containsExactlyInAnyOrder(item.owner(), "manager");
		assertThat(outbox).allSatisfy((m) -> {
			assertThat(m.sentAt()).isNull();
			assertThat(m.body()).doesNotContain("DOE").doesNotContain("JANE").doesNotContain("19700101");
		});
		assertThatThrownBy(() -> AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.notifications.outbox(10)))
			.isInstanceOf(ClientAccessDeniedException.class);
	}

	@Test
	void aSubmittedClaimThePayerNeverAnsweredTellsItsOwnerAfterTheNoResponseDays() {
		seed(LAKEVIEW, "NRS", "410.00");
		admin(() -> this.queue.refresh(LAKEVIEW, false));
		ClaimDetail claim = admin(() -> this.ledger.claim(LAKEVIEW, "NRS-1")).orElseThrow();
		String owner = admin(() -> this.queue.clientQueue(LAKEVIEW, null, 10000)).stream()
			.filter((i) -> i.claimNumber().equals("NRS-1"))
			.findFirst()
			.orElseThrow()
			.owner();
		ZoneId zone = ZoneId.of("America/Denver");
		moveTo(ZonedDateTime.of(claim.submittedOn().plusDays(20), LocalTime.NOON, zone));
		this.reminders.noResponse(LAKEVIEW.value());
		assertThat(noResponse(owner, "NRS-1")).as("20 days: not yet").isEmpty();

		moveTo(ZonedDateTime.of(claim.submittedOn().plusDays(21), LocalTime.NOON, zone));
		this.reminders.noResponse(LAKEVIEW.value());
		this.reminders.noResponse(LAKEVIEW.value());
		assertThat(noResponse(owner, "NRS-1")).singleElement()
			.satisfies((n) -> assertThat(n.title()).containsAnyOf("No response from the payer on claim NRS-1",
					"claims of Lakeview Orthopedics with no response from the payer"));
	}

	@Test
	void claimsAnnouncedTogetherGiveEachRecipientOneNotificationAndAFailedNotificationRecordsNone() {
		seed(NORTHSIDE, "NRB", "120.00", "130.00", "140.00");
		admin(() -> this.queue.refresh(NORTHSIDE, false));
		ClaimDetail claim = admin(() -> this.ledger.claim(NORTHSIDE, "NRB-1")).orElseThrow();
		Map<String, String> owners = new java.util.HashMap<>();
		admin(() -> this.queue.clientQueue(NORTHSIDE, null, 10000)).stream()
			.filter((i) -> i.claimNumber().startsWith("NRB-"))
			.forEach((i) -> owners.put(i.claimNumber(), i.owner()));
		assertThat(owners).hasSize(3).doesNotContainValue(null);
		// one owner for the three: they come to that owner in one notification
		String owner = owners.get("NRB-1");
		admin(() -> this.queue.assign(NORTHSIDE, owners.keySet(), owner));
		owners.replaceAll((number, before) -> owner);
		moveTo(ZonedDateTime.of(claim.submittedOn().plusDays(21), LocalTime.NOON, ZoneId.of("America/Denver")));

		// The notifications cannot be written: the claims are not recorded as announced
		// either, so nothing is lost.
		this.jdbc.sql("""
				create function control.refuse_no_response() returns trigger language plpgsql
				as $body$ begin raise exception 'refused by the test'; end $body$""").update();
		this.jdbc.sql("""
				create trigger refuse_no_response before insert on control.notification for each row
				when (new.kind = 'NO_RESPONSE') execute function control.refuse_no_response()""").update();
		try {
			assertThatThrownBy(() -> this.reminders.noResponse(NORTHSIDE.value())).isInstanceOf(RuntimeException.class);
			assertThat(announcedNrb()).isZero();
		}
		finally {
			this.jdbc.sql("drop trigger refuse_no_response on control.notification").update();
			this.jdbc.sql("drop function control.refuse_no_response()").update();
		}
		owners.forEach((number, who) -> assertThat(noResponse(who, number)).isEmpty());

		// The retry announces them, each recipient once, and a rerun nothing.
		assertThat(this.reminders.noResponse(NORTHSIDE.value())).isPositive();
		assertThat(this.reminders.noResponse(NORTHSIDE.value())).isZero();
		assertThat(announcedNrb()).isEqualTo(3);
		owners.forEach((number, who) -> assertThat(noResponse(who, number)).as(number).hasSize(1));
		List<Notification> listed = mine(owner, "AR_SPECIALIST").stream()
			.filter((n) -> n.kind() == NotificationKind.NO_RESPONSE && names(n, "NRB-1"))
			.toList();
		assertThat(listed).as("one notification for all of the owner's claims of the run").singleElement();
		assertThat(listed.getFirst().claimNumber()).as("a list opens the worklist, not one claim").isNull();
		assertThat(listed.getFirst().title()).contains("claims of Northside Family Medicine with no response");
		assertThat(listed.getFirst().body()).contains("NRB-1: submitted", "NRB-2: submitted", "NRB-3: submitted");
	}

	private long announcedNrb() {
		return TenantContext.callAs(NORTHSIDE, () -> this.transaction.execute((s) -> this.jdbc.sql("""
				select count(*) from claim_alert_sent a join claim c on c.id = a.claim_id
				where c.claim_number like 'NRB-%' and a.alert = 'NO_RESPONSE'""").query(Long.class).single()));
	}

	@Test
	void theCadenceSchedulerBringsHighValueClaimsForwardFlaggedByHandOrByBalance() {
		seed(LAKEVIEW, "CAD", "120.00", "130.00", "9800.00");
		admin(() -> this.queue.refresh(LAKEVIEW, false));
		AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.highValue.flag(LAKEVIEW, "CAD-1", "key account"));
		inSchema(LAKEVIEW, "update claim_work set next_action_date = current_date + 30, last_touched_at = null "
				+ "where claim_id in (select id from claim where claim_number like 'CAD-%')");
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("America/Denver")));

		assertThat(this.reminders.applyCadences(LAKEVIEW.value())).isPositive();

		// lakeview-ortho.yaml: highValueDays 5, threshold 2,500.00
		assertThat(nextAction(LAKEVIEW, "CAD-1")).as("flagged by hand").isEqualTo(today.plusDays(5));
		assertThat(nextAction(LAKEVIEW, "CAD-3")).as("balance over the threshold").isEqualTo(today.plusDays(5));
		assertThat(nextAction(LAKEVIEW, "CAD-2")).as("neither").isAfter(today.plusDays(5));
		assertThat(this.reminders.applyCadences(LAKEVIEW.value())).as("nothing left to bring forward").isZero();
	}

	/** The claim's next action date (a claim due later is not in today's queue). */
	private LocalDate nextAction(ClientId client, String claimNumber) {
		return TenantContext.callAs(client,
				() -> this.transaction.execute((s) -> this.jdbc
					.sql("select w.next_action_date from claim_work w join claim c on c.id = w.claim_id "
							+ "where c.claim_number = :number")
					.param("number", claimNumber)
					.query(LocalDate.class)
					.single()));
	}

	@Test
	void oneClientsFailingJobLeavesTheOtherClientsDone() throws Exception {
		seed(LAKEVIEW, "FLL", "100.00");
		seed(NORTHSIDE, "FLN", "100.00");
		seed(RIVERSIDE, "FLR", "100.00");
		// Riverside's queue table disappears for the length of the run: its job fails.
		inSchema(RIVERSIDE, "alter table claim_work rename to claim_work_gone");
		try {
			this.reminders.alertDeadlinesOfAllClients();
			long until = System.currentTimeMillis() + 90_000;
			List<ClientJobRun> runs = List.of();
			while (System.currentTimeMillis() < until) {
				runs = admin(() -> this.backgroundJobs.lastRuns("deadline-alerts"));
				if (outcome(runs, LAKEVIEW) == JobOutcome.SUCCEEDED && outcome(runs, NORTHSIDE) == JobOutcome.SUCCEEDED
						&& (outcome(runs, RIVERSIDE) == JobOutcome.RETRYING
								|| outcome(runs, RIVERSIDE) == JobOutcome.FAILED)) {
					break;
				}
				Thread.sleep(500);
			}
			assertThat(admin(() -> this.backgroundJobs.recurringJobs()))
				.as("the admin page says in which zone each cron is read")
				.anySatisfy((job) -> {
					assertThat(job.id()).isEqualTo("deadline-alerts");
					assertThat(job.schedule()).isEqualTo("0 6 * * *");
					assertThat(job.zone()).isEqualTo(java.time.ZoneId.systemDefault().getId());
				});
			assertThat(outcome(runs, LAKEVIEW)).isEqualTo(JobOutcome.SUCCEEDED);
			assertThat(outcome(runs, NORTHSIDE)).isEqualTo(JobOutcome.SUCCEEDED);
			assertThat(outcome(runs, RIVERSIDE)).isIn(JobOutcome.RETRYING, JobOutcome.FAILED);
			assertThat(runs.stream()
				.filter((r) -> r.subject().equals(RIVERSIDE.value()))
				.findFirst()
				.orElseThrow()
				.error()).isNotBlank();
		}
		finally {
			inSchema(RIVERSIDE, "alter table claim_work_gone rename to claim_work");
		}
	}

	private static JobOutcome outcome(List<ClientJobRun> runs, ClientId client) {
		return runs.stream()
			.filter((r) -> r.subject().equals(client.value()))
			.map(ClientJobRun::outcome)
			.findFirst()
			.orElse(JobOutcome.WAITING);
	}

	private void inSchema(ClientId client, String sql) {
		TenantContext.runAs(client, () -> this.transaction.executeWithoutResult((s) -> this.jdbc.sql(sql).update()));
	}

	private List<Notification> alerts(String user, String role, String claimNumber) {
		return mine(user, role).stream()
			.filter((n) -> n.kind() == NotificationKind.DEADLINE_APPROACHING && names(n, claimNumber))
			.toList();
	}

	private List<Notification> noResponse(String user, String claimNumber) {
		return mine(user, "AR_SPECIALIST").stream()
			.filter((n) -> n.kind() == NotificationKind.NO_RESPONSE && names(n, claimNumber))
			.toList();
	}

	/** The notification is about the claim alone, or lists it ("NUMBER: ..." lines). */
	private static boolean names(Notification notification, String claimNumber) {
		return claimNumber.equals(notification.claimNumber())
				|| (notification.claimNumber() == null && notification.body().contains(claimNumber + ":"));
	}

	private List<Notification> mine(String user, String role) {
		return AsUser.call(user, role, () -> this.notifications.mine(false, 500));
	}

	private void moveTo(ZonedDateTime target) {
		this.clock.advance(Duration.between(this.clock.instant(), target.toInstant()));
	}

	private void seed(ClientId client, String prefix, String... charges) {
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1");
		for (int i = 0; i < charges.length; i++) {
			// Served a month ago: in the live queue, its filing deadline still ahead.
			file.claim(prefix + "-" + (i + 1), "P", "1", java.time.format.DateTimeFormatter.BASIC_ISO_DATE
				.format(LocalDate.now(this.clock.withZone(ZoneId.of("America/Denver"))).minusDays(30)), charges[i]);
		}
		admin(() -> assertThat(
				this.imports.importFile(client, prefix + ".837", file.build(client), ImportProgress.none()).status())
			.isEqualTo(ImportStatus.POSTED));
	}

	private static <T> T admin(Supplier<T> work) {
		return AsUser.call("admin", "FIRM_ADMIN", work);
	}

	private static void admin(Runnable work) {
		AsUser.run("admin", "FIRM_ADMIN", work);
	}

}
