package io.ardesk.demodata.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.ardesk.demodata.ArHistory;
import io.ardesk.demodata.ArHistoryGenerator;
import io.ardesk.demodata.ArStory;
import io.ardesk.demodata.DemoLoad;
import io.ardesk.demodata.FirmWork;
import io.ardesk.demodata.GeneratedFile;
import io.ardesk.demodata.PracticeProfile;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportResult;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.aging.AgingSnapshots;
import io.ardesk.worklist.ClaimWorkspace;
import io.ardesk.worklist.WorkQueue;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives each demo client a year of realistic AR on its first start: generated 837 and 835
 * files, fed through the same import and posting code as real files. Only clients marked
 * {@code demo: true} in their tenant-config file are filled, and only under the
 * {@code demo} profile; a client without the mark, or with imports already, is left
 * alone. It runs after the application reports ready, in a background thread, so the
 * sign-in page is usable at once (a year of three clients takes a few minutes on a small
 * machine); the portal's top bar shows the progress until it has finished. A stop during
 * the load ends it after the file being imported.
 */
@Component
@Profile("demo")
class DemoLedgerLoader implements DemoLoad {

	private static final Logger log = LoggerFactory.getLogger(DemoLedgerLoader.class);

	private final ClientDirectory directory;

	private final FileImports imports;

	private final WorkQueue queue;

	private final AgingSnapshots snapshots;

	private final ClaimWorkspace workspace;

	private final FirmWorkReplay replay;

	private final PatientCollections collections;

	private final DemoTimeline timeline;

	private final Clock clock;

	private final boolean enabled;

	private final int months;

	private final int parallelClients;

	/** Done share (0 to 1) of each client of the running load. */
	private final Map<ClientId, Double> shares = new ConcurrentHashMap<>();

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile boolean stopping;

	private volatile @Nullable Thread loader;

	DemoLedgerLoader(ClientDirectory directory, FileImports imports, WorkQueue queue, AgingSnapshots snapshots,
			ClaimWorkspace workspace, FirmWorkReplay replay, PatientCollections collections, DemoTimeline timeline,
			Clock clock, ArdeskSettings settings) {
		this.replay = replay;
		this.collections = collections;
		this.timeline = timeline;
		this.directory = directory;
		this.imports = imports;
		this.queue = queue;
		this.snapshots = snapshots;
		this.workspace = workspace;
		this.clock = clock;
		this.enabled = settings.demoData().enabled();
		this.months = settings.demoData().months();
		this.parallelClients = Math.max(1, settings.demoData().parallelClients());
	}

	@Override
	public Progress progress() {
		if (this.finished.getCount() == 0 || this.shares.isEmpty()) {
			return Progress.IDLE;
		}
		int total = this.shares.size();
		int done = (int) this.shares.values().stream().filter((share) -> share >= 1.0).count();
		double sum = this.shares.values().stream().mapToDouble(Double::doubleValue).sum();
		return new Progress(true, done, total, (int) Math.min(99, Math.floor(100 * sum / total)));
	}

	@Override
	public boolean awaitLoaded(Duration atMost) throws InterruptedException {
		return this.finished.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Starts the load once the portal is ready (sign-in works meanwhile). */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		List<ClientProfile> empty = this.enabled ? SystemActor.call(() -> this.directory.activeClients()
			.stream()
			// A real client (no demo mark) is never filled, even under the demo profile.
			.filter((client) -> client.demo() && this.imports.history(client.id(), 1).isEmpty())
			.toList()) : List.of();
		if (empty.isEmpty()) {
			this.finished.countDown();
			return;
		}
		empty.forEach((client) -> this.shares.put(client.id(), 0.0));
		log.info("Loading demo AR into {} client(s) marked demo in the background; sign-in works meanwhile and "
				+ "the top bar shows the progress", empty.size());
		Thread thread = new Thread(() -> loadAll(empty), "demo-loader");
		thread.setDaemon(true);
		this.loader = thread;
		thread.start();
	}

	/** A stop during the load: the file being imported is finished, no further one. */
	@PreDestroy
	void stop() throws InterruptedException {
		this.stopping = true;
		Thread thread = this.loader;
		if (thread != null) {
			// bounded, so that the stop stays quick: a client still generating its
			// history or in its last steps is left to the JVM's exit (the thread is a
			// daemon; its open transaction rolls back)
			if (!thread.join(Duration.ofSeconds(5))) {
				log.info("Stopping without waiting further for the demo AR load");
			}
		}
	}

	private void loadAll(List<ClientProfile> empty) {
		long started = System.nanoTime();
		// Clients are independent schemas: two at a time (the default) keep both cores
		// of a small machine busy, importing for one while the database works for the
		// other.
		try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(this.parallelClients, empty.size()))) {
			List<Future<?>> loads = empty.stream()
				.map((client) -> pool.submit(() -> SystemActor.run(() -> load(client))))
				.collect(java.util.stream.Collectors.toList());
			for (Future<?> load : loads) {
				load.get();
			}
			if (this.stopping) {
				log.warn(
						"Demo AR load stopped with the portal after {} s: the demo clients not finished keep what "
								+ "was imported and are not filled again (start on a fresh database to load them anew)",
						(System.nanoTime() - started) / 1_000_000_000);
			}
			else {
				log.info("Demo AR loaded in {} s", (System.nanoTime() - started) / 1_000_000_000);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			if (!this.stopping) {
				log.error("Loading the demo AR failed", ex.getCause());
			}
		}
		finally {
			this.finished.countDown();
		}
	}

	private void load(ClientProfile client) {
		long started = System.nanoTime();
		Instant loadStarted = this.clock.instant();
		PracticeProfile profile = profileFor(client);
		ArStory story = storyFor(client);
		LocalDate today = LocalDate.now(this.clock.withZone(client.timeZone()));
		ArHistory history = new ArHistoryGenerator().generate(profile, story, LocalDate.now(this.clock), this.months,
				client.id().value().hashCode());
		int rejected = 0;
		Iterator<FirmWork> work = history.work().iterator();
		FirmWork next = work.hasNext() ? work.next() : null;
		int imported = 0;
		for (GeneratedFile file : history.files()) {
			if (this.stopping) {
				return;
			}
			// the firm's calls and appeals of a day come before the next day's files
			while (next != null && next.date().isBefore(file.date())) {
				this.replay.replay(client.id(), next, today, client.timeZone());
				next = work.hasNext() ? work.next() : null;
			}
			ImportResult result = this.imports.importFile(client.id(), file.name(), file.content(),
					ImportProgress.none());
			if (result.status() == ImportStatus.REJECTED) {
				rejected++;
			}
			imported++;
			// the files are most of a client's load; the rest counts as the last tenth
			this.shares.put(client.id(), 0.9 * imported / history.files().size());
		}
		while (next != null) {
			if (this.stopping) {
				return;
			}
			this.replay.replay(client.id(), next, today, client.timeZone());
			next = work.hasNext() ? work.next() : null;
		}
		if (this.stopping) {
			return;
		}
		this.timeline.datePostings(client.id(), loadStarted, client.timeZone());
		int appealsWon = this.replay.closePaidAppeals(client.id(), client.timeZone());
		this.queue.refresh(client.id(), true);
		int paidPatients = this.collections.collect(client.id(), story, today);
		int recent = story.worked()
				? this.replay.recentCalls(client.id(), story, client.sla().touchCadenceDays(), today, client.timeZone())
				: 0;
		if (story == ArStory.TROUBLE) {
			this.replay.escalate(client.id());
		}
		this.replay.scanTrends(client.id());
		this.queue.refresh(client.id(), true);
		// A week of history for "how aging moved": the same ledger aged to a week ago,
		// and today.
		this.snapshots.record(client.id(), today.minusDays(7));
		this.snapshots.record(client.id(), today);
		this.shares.put(client.id(), 1.0);
		log.info(
				"Demo data for {} ({} story): {} files imported ({} rejected), {} earlier calls and appeals, "
						+ "{} recent calls, {} appeals won, {} patients paid, in {} s",
				client.id(), story.name(), history.files().size(), rejected, history.work().size(), recent, appealsWon,
				paidPatients, (System.nanoTime() - started) / 1_000_000_000);
	}

	/**
	 * The situation each demo client is in, by its specialty: the family practice is
	 * healthy, the cardiology group slipping, the orthopedic group in trouble.
	 */
	static ArStory storyFor(ClientProfile client) {
		String specialty = (client.specialty() != null) ? client.specialty().toLowerCase(Locale.ROOT) : "";
		if (specialty.contains("cardio")) {
			return ArStory.SLIPPING;
		}
		if (specialty.contains("ortho")) {
			return ArStory.TROUBLE;
		}
		return ArStory.HEALTHY;
	}

	/**
	 * The demo clients' specialties pick the generator's presets, scaled to a demo's
	 * size.
	 */
	static PracticeProfile profileFor(ClientProfile client) {
		String specialty = (client.specialty() != null) ? client.specialty().toLowerCase(Locale.ROOT) : "";
		String id = client.id().value();
		if (specialty.contains("cardio")) {
			return PracticeProfile.cardiology(id).withClaimsPerMonth(200);
		}
		if (specialty.contains("ortho")) {
			return PracticeProfile.orthopedics(id).withClaimsPerMonth(150);
		}
		return PracticeProfile.familyMedicine(id).withClaimsPerMonth(80);
	}

}
