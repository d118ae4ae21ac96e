package io.ardesk.worklist;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Narrowing a client's queue and paging through it by keyset, in the service and the API.
 */
@ArdeskIntegrationTest
class WorkQueueFiltersIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("riverside-cardiology");

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void seed() {
		this.api = new ApiClient(this.port);
		LocalDate today = LocalDate.now();
		X12Builder claims = X12Builder.claims837("ACME HEALTH", "ACME1");
		int[] ages = { 10, 45, 75, 100, 150, 200, 20, 35 };
		for (int i = 0; i < ages.length; i++) {
			claims.claim("QF-" + i, "P", "1", today.minusDays(ages[i]).format(DateTimeFormatter.BASIC_ISO_DATE),
					(100 + 50 * i) + ".00");
		}
		X12Builder denial = X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-QF-DENIAL", "0.00")
			.payment("QF-7", "4", "450.00", "0.00", "0.00", "CO-50:450.00");
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			this.imports.importFile(CLIENT, "qf.837", claims.build(CLIENT), ImportProgress.none());
			this.imports.importFile(CLIENT, "qf.835", denial.build(CLIENT), ImportProgress.none());
			this.queue.refresh(CLIENT, true);
		});
	}

	@Test
	void pagingByKeysetWalksTheWholeQueueOnceInOrder() {
		List<String> seen = new ArrayList<>();
		QueueFilter filter = QueueFilter.owner(null);
		List<WorkItem> page;
		do {
			QueueFilter current = filter;
			page = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.queue.filteredQueue(CLIENT, current, 3));
			page.forEach((item) -> seen.add(item.claimNumber()));
			if (!page.isEmpty()) {
				filter = filter.after(page.getLast());
			}
		}
		while (page.size() == 3);
		List<String> all = AsUser
			.call("manager", "ACCOUNT_MANAGER", () -> this.queue.filteredQueue(CLIENT, QueueFilter.owner(null), 500))
			.stream()
			.map(WorkItem::claimNumber)
			.toList();
		assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(all);
	}

	@Test
	void filtersByStatusDenialCategoryAndAgingBucket() {
		// QF-7 was denied in February: its appeal window closed months ago, so it waits
		// in
		// the "Deadline missed" view.
		List<WorkItem> denied = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.queue.filteredQueue(CLIENT,
						new QueueFilter(null, null, ClaimStatus.DENIED, null, null, null, null, null, null)
							.withView(QueueView.DEADLINE_MISSED),
						50));
		assertThat(denied).extracting(WorkItem::claimNumber).containsExactly("QF-7");
		List<WorkItem> medicalNecessity = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.queue.filteredQueue(CLIENT,
						new QueueFilter(null, null, null, "MEDICAL_NECESSITY", null, null, null, null, null)
							.withView(QueueView.DEADLINE_MISSED),
						50));
		assertThat(medicalNecessity).extracting(WorkItem::claimNumber).containsExactly("QF-7");
		// Riverside ages by submission date: every claim here was submitted on
		// 01/05/2026, whatever its
		// date of service, so the bucket filter must look at that date.
		long age = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 1, 5), LocalDate.now());
		List<WorkItem> bucket = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.queue.filteredQueue(CLIENT,
				new QueueFilter(null, null, null, null, (int) age - 1, (int) age + 1, null, null, null), 50));
		assertThat(bucket).extracting(WorkItem::claimNumber).contains("QF-0", "QF-3", "QF-6");
		List<WorkItem> younger = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.queue.filteredQueue(CLIENT,
				new QueueFilter(null, null, null, null, 0, (int) age - 2, null, null, null), 50));
		assertThat(younger).extracting(WorkItem::claimNumber).noneMatch((number) -> number.startsWith("QF-"));
	}

	@Test
	void theApiPagesWithANextCursorHeader() {
		HttpResponse<String> first = this.api.get("manager", "/api/v1/clients/riverside-cardiology/worklist?limit=2");
		assertThat(first.statusCode()).isEqualTo(200);
		String cursor = first.headers().firstValue("Next-Cursor").orElseThrow();
		HttpResponse<String> second = this.api.get("manager", "/api/v1/clients/riverside-cardiology/worklist?limit=2"
				+ "&after=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
		JsonNode firstItems = json.readTree(first.body());
		JsonNode secondItems = json.readTree(second.body());
		assertThat(secondItems.size()).isEqualTo(2);
		assertThat(secondItems.get(0).get("claimNumber").asString())
			.isNotIn(firstItems.get(0).get("claimNumber").asString(), firstItems.get(1).get("claimNumber").asString());
		assertThat(this.api
			.get("manager", "/api/v1/clients/riverside-cardiology/worklist?status=DENIED&view=DEADLINE_MISSED")
			.body()).contains("QF-7").doesNotContain("QF-1\"");
		assertThat(this.api.get("manager", "/api/v1/clients/riverside-cardiology/worklist?after=nonsense").statusCode())
			.isEqualTo(400);
	}

}
