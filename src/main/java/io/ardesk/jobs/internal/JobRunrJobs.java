package io.ardesk.jobs.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.jobs.BackgroundJobs;
import io.ardesk.jobs.ClientJobRun;
import io.ardesk.jobs.JobOutcome;
import io.ardesk.jobs.RecurringJobSummary;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.NotFoundException;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.ProcessingState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.jobs.states.SucceededState;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Reads JobRunr's own storage through its API (no SQL on its tables). A recurring job's
 * per-client jobs are the jobs of the same class, another method, whose first argument
 * names the client (or user). JobRunr keeps finished jobs for a while (succeeded ones 36
 * hours by default), so "last run" means the latest it still keeps.
 */
@Service
class JobRunrJobs implements BackgroundJobs {

	/** Jobs read per state: enough for several runs of 200 clients. */
	static final int RECENT = 5000;

	private final StorageProvider storage;

	private final ClientAccess access;

	JobRunrJobs(StorageProvider storage, ClientAccess access) {
		this.storage = storage;
		this.access = access;
	}

	@Override
	public List<RecurringJobSummary> recurringJobs() {
		requireAdministrator();
		List<Job> recent = recentJobs();
		List<RecurringJobSummary> summaries = new ArrayList<>();
		for (RecurringJob recurring : this.storage.getRecurringJobs()) {
			Instant lastRun = recent.stream()
				.filter((job) -> job.getRecurringJobId().map(recurring.getId()::equals).orElse(false)
						|| isTrigger(job, recurring))
				.map(Job::getCreatedAt)
				.max(Comparator.naturalOrder())
				.orElse(null);
			List<ClientJobRun> runs = latestPerSubject(recurring, recent);
			int failed = (int) runs.stream()
				.filter((r) -> r.outcome() == JobOutcome.FAILED || r.outcome() == JobOutcome.RETRYING)
				.count();
			int succeeded = (int) runs.stream().filter((r) -> r.outcome() == JobOutcome.SUCCEEDED).count();
			summaries.add(new RecurringJobSummary(recurring.getId(), recurring.getJobName(),
					recurring.getScheduleExpression(), zone(recurring), nextRun(recurring), lastRun, succeeded,
					failed));
		}
		summaries.sort(Comparator.comparing(RecurringJobSummary::id));
		return summaries;
	}

	@Override
	public List<ClientJobRun> lastRuns(String recurringJobId) {
		requireAdministrator();
		return latestPerSubject(recurring(recurringJobId), recentJobs());
	}

	@Override
	public void runNow(String recurringJobId) {
		requireAdministrator();
		this.storage.save(recurring(recurringJobId).toEnqueuedJob());
	}

	private RecurringJob recurring(String id) {
		for (RecurringJob recurring : this.storage.getRecurringJobs()) {
			if (recurring.getId().equals(id)) {
				return recurring;
			}
		}
		throw new NotFoundException("No recurring job " + id + ".");
	}

	private List<Job> recentJobs() {
		List<Job> jobs = new ArrayList<>();
		for (StateName state : List.of(StateName.SUCCEEDED, StateName.FAILED, StateName.PROCESSING, StateName.ENQUEUED,
				StateName.SCHEDULED)) {
			jobs.addAll(this.storage.getJobList(state, new AmountRequest("updatedAt:DESC", RECENT)));
		}
		return jobs;
	}

	private static boolean isTrigger(Job job, RecurringJob recurring) {
		JobDetails details = job.getJobDetails();
		JobDetails trigger = recurring.getJobDetails();
		return details.getClassName().equals(trigger.getClassName())
				&& details.getMethodName().equals(trigger.getMethodName());
	}

	private static List<ClientJobRun> latestPerSubject(RecurringJob recurring, List<Job> recent) {
		Map<String, Job> latest = new HashMap<>();
		for (Job job : recent) {
			String subject = subjectOf(job, recurring);
			if (subject == null) {
				continue;
			}
			Job known = latest.get(subject);
			if (known == null || job.getCreatedAt().isAfter(known.getCreatedAt())) {
				latest.put(subject, job);
			}
		}
		return latest.entrySet()
			.stream()
			.map((entry) -> run(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing((ClientJobRun r) -> r.outcome() == JobOutcome.SUCCEEDED)
				.thenComparing(ClientJobRun::subject))
			.toList();
	}

	private static @Nullable String subjectOf(Job job, RecurringJob recurring) {
		JobDetails details = job.getJobDetails();
		JobDetails trigger = recurring.getJobDetails();
		if (!details.getClassName().equals(trigger.getClassName())
				|| details.getMethodName().equals(trigger.getMethodName()) || details.getJobParameters().isEmpty()) {
			return null;
		}
		Object first = details.getJobParameters().getFirst().getObject();
		return (first instanceof String subject) ? subject : null;
	}

	private static ClientJobRun run(String subject, Job job) {
		JobOutcome outcome = switch (job.getState()) {
			case SUCCEEDED -> JobOutcome.SUCCEEDED;
			case FAILED -> JobOutcome.FAILED;
			case PROCESSING -> JobOutcome.RUNNING;
			case SCHEDULED ->
				job.getLastJobStateOfType(FailedState.class).isPresent() ? JobOutcome.RETRYING : JobOutcome.WAITING;
			default -> JobOutcome.WAITING;
		};
		Instant started = job.getLastJobStateOfType(ProcessingState.class)
			.map(ProcessingState::getCreatedAt)
			.orElse(job.getCreatedAt());
		Duration duration = job.getLastJobStateOfType(SucceededState.class)
			.map(SucceededState::getProcessDuration)
			.orElse(null);
		String error = job.getLastJobStateOfType(FailedState.class)
			.filter((f) -> outcome != JobOutcome.SUCCEEDED)
			.map((f) -> simpleName(f.getExceptionType()) + ": " + f.getExceptionMessage())
			.orElse(null);
		return new ClientJobRun(subject, job.getJobName(), outcome, started, duration, error);
	}

	private static String simpleName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

	private static String zone(RecurringJob recurring) {
		String zone = recurring.getZoneId();
		return (zone == null || zone.isBlank()) ? java.time.ZoneId.systemDefault().getId() : zone;
	}

	private static @Nullable Instant nextRun(RecurringJob recurring) {
		try {
			return recurring.getNextRun();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void requireAdministrator() {
		Role role = this.access.currentUser().map(CurrentUser::role).orElse(null);
		if (role != Role.FIRM_ADMIN) {
			throw new ClientAccessDeniedException("Only firm administrators see the background jobs");
		}
	}

}
