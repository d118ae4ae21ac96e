package io.ardesk.demodata.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.ardesk.demodata.ArHistory;
import io.ardesk.demodata.ArHistoryGenerator;
import io.ardesk.demodata.ArStory;
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
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.aging.AgingSnapshots;
import io.ardesk.worklist.ClaimWorkspace;
import io.ardesk.worklist.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives each demo client a year of realistic AR on its first start: generated 837 and 835
 * files, fed through the same import and posting code as real files. Only clients marked
 * {@code demo: true} in their tenant-config file are filled, and only under the
 * {@code demo} profile; a client without the mark, or with imports already, is left
 * alone. It runs before the application reports ready, so readiness stays down until the
 * demo AR is there.
 */
@Component
@Profile("demo")
@Order(100)
class DemoLedgerLoader implements ApplicationRunner {

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
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		// A real client (no demo mark) is never filled, even under the demo profile.
		List<ClientProfile> empty = SystemActor.call(() -> this.directory.activeClients()
			.stream()
			.filter((client) -> client.demo() && this.imports.history(client.id(), 1).isEmpty())
			.toList());
		if (empty.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		log.info("Loading demo AR into {} client(s) marked demo; the portal reports ready when done", empty.size());
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
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading the demo AR", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Loading the demo AR failed", ex.getCause());
		}
		log.info("Demo AR loaded in {} s", (System.nanoTime() - started) / 1_000_000_000);
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
		for (GeneratedFile file : history.files()) {
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
		}
		while (next != null) {
			this.replay.replay(client.id(), next, today, client.timeZone());
			next = work.hasNext() ? work.next() : null;
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
