package io.ardesk.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationReason;
import io.ardesk.escalation.Escalations;
import io.ardesk.escalation.internal.EscalationJobs;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.MovableClock;
import io.ardesk.test.X12Builder;
import jakarta.mail.internet.MimeMessage;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications by e-mail through a real SMTP server (GreenMail, in process, on a free
 * port) and the caller's notifications over REST. A job that dies after handing its first
 * notification to the mail server is retried by JobRunr and still sends each person
 * exactly one e-mail.
 */
@ArdeskIntegrationTest
@Import({ MovableClock.Config.class, NotificationMailIntegrationTest.FailOnce.class })
class NotificationMailIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final ZoneId FIRM = ZoneId.of("America/New_York");

	static final int SMTP_PORT = freePort();

	static final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	Escalations escalations;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FailOnce failOnce;

	@Autowired
	JobScheduler scheduler;

	@Autowired
	StorageProvider storage;

	@Autowired
	FileImports imports;

	@Autowired
	MovableClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void reset() {
		this.clock.reset();
		this.failOnce.armed.set(false);
	}

	@Test
	void aJobRetriedAfterFailingMidwaySendsEachPersonExactlyOneEmail() throws Exception {
		AsUser.run("manager", "ACCOUNT_MANAGER", () -> this.notifications
			.updateMyPreference(new NotificationPreference("manager@summit.example", Delivery.IMMEDIATE)));
		AsUser.run("admin", "FIRM_ADMIN", () -> this.notifications
			.updateMyPreference(new NotificationPreference("admin@summit.example", Delivery.IMMEDIATE)));
		moveTo(ZonedDateTime.of(2026, 11, 25, 16, 0, 0, 0, FIRM));
		seed("MAIL", "880.00");
		Escalation raised = AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.escalations.raise(LAKEVIEW, "MAIL-1", EscalationReason.HIGH_DOLLAR, null));
		// The announcement of the new escalation (a job of its own) goes out first.
		long announced = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < announced
				&& AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.notifications.mine(false, 50))
					.stream()
					.noneMatch((n) -> n.kind() == NotificationKind.ESCALATION_RAISED
							&& Long.valueOf(raised.id()).equals(n.escalationId()))) {
			Thread.sleep(200);
		}
		// Monday 1 pm: past the acknowledgement deadline (manager) and twice it (admin).
		moveTo(ZonedDateTime.of(2026, 11, 30, 13, 0, 0, 0, FIRM));
		this.failOnce.armed.set(true);

		var jobId = this.scheduler.<EscalationJobs>enqueue((jobs) -> jobs.watch(LAKEVIEW.value()));

		long until = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < until && this.storage.getJobById(jobId).getState() != StateName.SUCCEEDED) {
			Thread.sleep(500);
		}
		var job = this.storage.getJobById(jobId);
		assertThat(job.getState()).isEqualTo(StateName.SUCCEEDED);
		assertThat(job.getJobStates()).as("failed once, then retried")
			.anySatisfy((state) -> assertThat(state.getName()).isEqualTo(StateName.FAILED));
		List<MimeMessage> late = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> subject(m).contains("MAIL-1") && subject(m).contains("not acknowledged"))
			.toList();
		assertThat(late).extracting(NotificationMailIntegrationTest::recipient)
			.containsExactlyInAnyOrder("manager@summit.example", "admin@summit.example");
		assertThat(late).allSatisfy((m) -> assertThat(GreenMailUtil.getBody(m)).contains("MAIL-1")
			.contains("Lakeview Orthopedics")
			.doesNotContain("DOE")
			.doesNotContain("JANE"));
		assertThat(raised.id()).isPositive();
	}

	@Test
	void myNotificationsAreNewestFirstCanBeReadOneByOneAndSomeoneElsesAreNotFound() throws Exception {
		for (int i = 1; i <= 3; i++) {
			this.notifications.send(new NotificationRequest("specialist2", NotificationKind.NO_RESPONSE,
					"test:rest:" + i, LAKEVIEW, "REST-" + i, null, "No response on claim REST-" + i, "Body " + i));
			Thread.sleep(5);
		}
		this.notifications.send(new NotificationRequest("manager", NotificationKind.NO_RESPONSE, "test:rest:other",
				LAKEVIEW, "REST-9", null, "Someone else's", "Body"));
		ApiClient api = new ApiClient(this.port);

		HttpResponse<String> all = api.get("specialist2", "/api/v1/me/notifications");
		assertThat(all.statusCode()).isEqualTo(200);
		JsonNode items = json.readTree(all.body());
		assertThat(items.get(0).get("claimNumber").asString()).isEqualTo("REST-3");
		assertThat(items.get(2).get("claimNumber").asString()).isEqualTo("REST-1");
		assertThat(all.body()).doesNotContain("Someone else");
		long first = items.get(2).get("id").asLong();

		HttpResponse<String> read = api.send("specialist2",
				HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/me/notifications/" + first + "/read"))
					.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json.readTree(read.body()).get("readAt").isNull()).isFalse();
		JsonNode unread = json.readTree(api.get("specialist2", "/api/v1/me/notifications?unreadOnly=true").body());
		assertThat(unread).extracting((n) -> n.get("claimNumber").asString()).containsExactly("REST-3", "REST-2");

		long others = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.notifications.mine(false, 10))
			.getFirst()
			.id();
		HttpResponse<String> foreign = api.send("specialist2",
				HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/me/notifications/" + others + "/read"))
					.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.notifications.mine(true, 10)))
			.as("still unread for its owner")
			.isNotEmpty();
		assertThat(api.get("specialist2", "/api/v1/me/notifications?limit=0").statusCode()).isEqualTo(400);
		HttpResponse<String> badEmail = api.send("specialist2", HttpRequest
			.newBuilder(URI.create(api.baseUrl() + "/api/v1/me/notification-preference"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"email\": \"not-an-address\", \"delivery\": \"NONE\"}")));
		assertThat(badEmail.statusCode()).isEqualTo(400);
		assertThat(badEmail.body()).contains("\"field\":\"email\"");
		assertThat(api.get(null, "/api/v1/me/notifications").statusCode()).isEqualTo(401);
	}

	@Test
	void aBatchSendsOnlyTheKeysNotSentBeforeWithOneEmailEachAndARetriedBatchSendsNothing() {
		AsUser.run("manager", "ACCOUNT_MANAGER", () -> this.notifications
			.updateMyPreference(new NotificationPreference("manager@summit.example", Delivery.IMMEDIATE)));
		AsUser.run("specialist", "AR_SPECIALIST", () -> this.notifications
			.updateMyPreference(new NotificationPreference("specialist@summit.example", Delivery.DIGEST_ONLY)));
		NotificationRequest before = batchItem("manager", 1);
		assertThat(this.notifications.send(before)).isTrue();
		List<NotificationRequest> batch = List.of(before, batchItem("manager", 2), batchItem("specialist", 3),
				batchItem("manager", 4), batchItem("manager", 2));

		assertThat(this.notifications.sendAll(batch)).as("B-2 and B-4 for the manager, B-3 for the specialist")
			.isEqualTo(3);

		assertThat(batchInbox("manager")).containsExactlyInAnyOrder("BATCH-1", "BATCH-2", "BATCH-4");
		assertThat(batchInbox("specialist")).containsExactly("BATCH-3");
		assertThat(batchOutbox()).as("one e-mail per new notification of an immediate-delivery user")
			.containsExactlyInAnyOrder("manager@summit.example BATCH-1", "manager@summit.example BATCH-2",
					"manager@summit.example BATCH-4");
		assertThat(batchMailReceived()).containsExactlyInAnyOrder("BATCH-1", "BATCH-2", "BATCH-4");

		assertThat(this.jdbc.sql("""
				select count(*) from control.mail_outbox o
				left join control.notification n on n.id = o.notification_id and n.recipient = o.recipient
				where n.id is null""").query(Long.class).single())
			.as("every e-mail belongs to its recipient's notification (kept by the writer, no foreign key)")
			.isZero();

		assertThat(this.notifications.sendAll(batch)).as("a retried batch").isZero();
		assertThat(batchInbox("manager")).hasSize(3);
		assertThat(batchInbox("specialist")).hasSize(1);
		assertThat(batchOutbox()).hasSize(3);
		assertThat(batchMailReceived()).hasSize(3);
	}

	private static NotificationRequest batchItem(String user, int number) {
		return new NotificationRequest(user, NotificationKind.DEADLINE_APPROACHING, "test:batch:" + number + ":" + user,
				LAKEVIEW, "BATCH-" + number, null, "Deadline of claim BATCH-" + number, "Body " + number);
	}

	private List<String> batchInbox(String user) {
		return AsUser.call(user, "AR_SPECIALIST", () -> this.notifications.mine(false, 500))
			.stream()
			.map(Notification::claimNumber)
			.filter((number) -> number != null && number.startsWith("BATCH-"))
			.toList();
	}

	private List<String> batchOutbox() {
		return AsUser.call("admin", "FIRM_ADMIN", () -> this.notifications.outbox(1000))
			.stream()
			.filter((mail) -> mail.subject().contains("BATCH-"))
			.map((mail) -> mail.address() + " " + mail.subject().substring(mail.subject().indexOf("BATCH-")))
			.toList();
	}

	private static List<String> batchMailReceived() {
		return Arrays.stream(smtp.getReceivedMessages())
			.map(NotificationMailIntegrationTest::subject)
			.filter((subject) -> subject.contains("BATCH-"))
			.map((subject) -> subject.substring(subject.indexOf("BATCH-")))
			.toList();
	}

	private void seed(String prefix, String charge) {
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1");
		file.claim(prefix + "-1", "P", "1", "20260105", charge);
		AsUser
			.run("admin", "FIRM_ADMIN",
					() -> assertThat(this.imports
						.importFile(LAKEVIEW, prefix + ".837", file.build(LAKEVIEW), ImportProgress.none())
						.status()).isEqualTo(ImportStatus.POSTED));
	}

	private void moveTo(ZonedDateTime target) {
		this.clock.advance(Duration.between(this.clock.instant(), target.toInstant()));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The real notifications, except that once armed, the first overdue notification (or
	 * batch holding one) that is sent is followed by a failure: the job dies after its
	 * first e-mails went out.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailOnce {

		final AtomicBoolean armed = new AtomicBoolean();

		@Bean
		@Primary
		Notifications failingOnceAfterTheFirstSend(@Qualifier("notificationService") Notifications real) {
			return (Notifications) java.lang.reflect.Proxy.newProxyInstance(Notifications.class.getClassLoader(),
					new Class<?>[] { Notifications.class }, (proxy, method, args) -> {
						Object result;
						try {
							result = method.invoke(real, args);
						}
						catch (java.lang.reflect.InvocationTargetException ex) {
							throw ex.getCause();
						}
						boolean overdueSent = switch (method.getName()) {
							case "send" -> Boolean.TRUE.equals(result)
									&& ((NotificationRequest) args[0]).kind() == NotificationKind.ESCALATION_OVERDUE;
							case "sendAll" -> (result instanceof Integer sent) && sent > 0 && ((List<?>) args[0])
								.stream()
								.anyMatch(
										(r) -> ((NotificationRequest) r).kind() == NotificationKind.ESCALATION_OVERDUE);
							default -> false;
						};
						if (overdueSent && this.armed.compareAndSet(true, false)) {
							throw new IllegalStateException("The job died right after its first e-mail");
						}
						return result;
					});
		}

	}

}
