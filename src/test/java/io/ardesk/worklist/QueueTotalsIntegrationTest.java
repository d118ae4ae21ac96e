package io.ardesk.worklist;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's totals ("N claims, $X due", {@code X-Total-Count}, {@code X-Total-Balance})
 * for the usual filters are read from net changes the database appends on every change of
 * the work rows. After imports, calls, reassignments, flags, next-action changes, claims
 * whose deadline passed and a nightly rescoring, they must equal counting the work rows
 * themselves, for every owner, view, work status and due date a user can pick.
 */
@ArdeskIntegrationTest
class QueueTotalsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClaimWorkspace workspace;

	@Autowired
	HighValueFlags highValue;

	@Autowired
	QueueSignals signals;

	@Autowired
	JdbcClient jdbc;

	@Test
	void totalsOfEveryUsualFilterEqualCountingTheWorkRowsThroughEveryKindOfChange() {
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1");
		for (int i = 0; i < 12; i++) {
			file.claim("QT-" + i, "P", "1", served(20 + i), "1" + i + "0.25");
		}
		// Timely filing long passed: these land in the Deadline missed view.
		file.claim("QT-DEAD-1", "P", "1", served(260), "900.10").claim("QT-DEAD-2", "P", "1", served(300), "45.05");
		importClaims(file);
		assertEverywhere("after the import");

		logCall("QT-0", FollowUpOutcome.IN_PROCESS, today().plusDays(20));
		logCall("QT-1", FollowUpOutcome.APPEAL_SUBMITTED, today().plusDays(3));
		assertEverywhere("after two calls");

		AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.queue.assign(LAKEVIEW, List.of("QT-2", "QT-3", "QT-DEAD-1"), null));
		AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.queue.assign(LAKEVIEW, List.of("QT-3"), "specialist"));
		assertEverywhere("after reassigning and unassigning");

		AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.highValue.flag(LAKEVIEW, "QT-5", "Large surgery"));
		SystemActor.run(() -> this.signals.markEscalated(LAKEVIEW, "QT-6", true));
		AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.queue.setNextAction(LAKEVIEW, List.of("QT-7", "QT-8"), today().plusDays(9)));
		assertEverywhere("after a high-value flag, an escalation and moved next actions");

		int appendedBefore = keptRows();
		SystemActor.call(() -> this.queue.refresh(LAKEVIEW, true));
		assertEverywhere("after the nightly rescoring");
		assertThat(keptRows()).as("the nightly rescoring folds the appended changes").isLessThan(appendedBefore);
	}

	private void assertEverywhere(String when) {
		List<QueueFilter> filters = new ArrayList<>();
		for (String owner : new String[] { null, "specialist", "manager", "" }) {
			for (QueueView view : QueueView.values()) {
				filters.add(filter(owner, view, null, null));
				filters.add(filter(owner, view, null, today().plusDays(30)));
				if (owner == null) {
					for (WorkStatus status : WorkStatus.values()) {
						filters.add(filter(owner, view, status, null));
					}
				}
			}
		}
		for (QueueFilter filter : filters) {
			QueueTotals kept = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.queue.totals(LAKEVIEW, filter));
			QueueTotals counted = counted(filter);
			assertThat(kept.count()).as(when + ": count for " + filter).isEqualTo(counted.count());
			assertThat(kept.balance()).as(when + ": balance for " + filter).isEqualByComparingTo(counted.balance());
		}
		assertThat(counted(filter(null, QueueView.LIVE, null, today().plusDays(30))).count())
			.as("the scenario's claims are in the queue")
			.isGreaterThanOrEqualTo(10);
	}

	/** Independent: counts the work rows themselves. */
	private QueueTotals counted(QueueFilter filter) {
		StringBuilder sql = new StringBuilder("select count(*) as n, coalesce(sum(balance), 0) as b "
				+ "from client_lakeview_ortho.claim_work where in_queue and next_action_date <= :due "
				+ "and deadline_missed = :missed");
		if (filter.owner() != null) {
			sql.append(filter.owner().isEmpty() ? " and owner is null" : " and owner = :owner");
		}
		if (filter.workStatus() != null) {
			sql.append(" and work_status = :status");
		}
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("due", (filter.dueBy() != null) ? filter.dueBy() : today())
			.param("missed", filter.view() == QueueView.DEADLINE_MISSED);
		if (filter.owner() != null && !filter.owner().isEmpty()) {
			statement = statement.param("owner", filter.owner());
		}
		if (filter.workStatus() != null) {
			statement = statement.param("status", filter.workStatus().name());
		}
		return statement.query((rs, n) -> new QueueTotals(rs.getLong("n"), rs.getBigDecimal("b"))).single();
	}

	private int keptRows() {
		return this.jdbc.sql("select count(*) from client_lakeview_ortho.claim_work_totals")
			.query(Integer.class)
			.single();
	}

	private static QueueFilter filter(String owner, QueueView view, WorkStatus status, LocalDate dueBy) {
		return new QueueFilter(owner, null, null, null, null, null, dueBy, null, null, view, status, null, null);
	}

	private void logCall(String claimNumber, FollowUpOutcome outcome, LocalDate next) {
		AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.workspace.logFollowUp(
						LAKEVIEW, claimNumber, new FollowUpEntry(FollowUpChannel.CALL, "Pat", "REF-" + claimNumber,
								outcome, null, false, next),
						this.workspace.state(LAKEVIEW, claimNumber).orElseThrow().version()));
	}

	private void importClaims(X12Builder file) {
		AsUser.run("admin", "FIRM_ADMIN",
				() -> assertThat(this.imports
					.importFile(LAKEVIEW, "totals-" + System.nanoTime() + ".837", file.build(LAKEVIEW),
							ImportProgress.none())
					.status()).isEqualTo(ImportStatus.POSTED));
	}

	private String served(int daysAgo) {
		return today().minusDays(daysAgo).format(DateTimeFormatter.BASIC_ISO_DATE);
	}

	private LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Denver"));
	}

}
