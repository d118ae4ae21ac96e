package io.ardesk.tenancy.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fetch size of JobRunr's workers: a queue of one job per worker is kept topped up
 * while the running jobs are short, and nothing is queued behind a long one.
 */
class JobRunrWorkerPolicyTest {

	final JobRunrWorkerConfiguration.QueueingWorkerPolicy policy = new JobRunrWorkerConfiguration.QueueingWorkerPolicy(
			4);

	@Test
	void idleWorkersFetchForThemselvesAndForAQueueOfOneJobPerWorker() {
		assertThat(this.policy.fetchSize(0, 0, true)).isEqualTo(8);
		assertThat(this.policy.fetchSize(3, 0, true)).isEqualTo(5);
		assertThat(this.policy.fetchSize(4, 2, true)).as("the queue is down to half").isEqualTo(2);
	}

	@Test
	void aQueueOverHalfFullFetchesNothing() {
		assertThat(this.policy.fetchSize(4, 3, true)).isZero();
		assertThat(this.policy.fetchSize(1, 3, true)).isZero();
	}

	@Test
	void whileALongJobRunsOnlyIdleWorkersGetJobsAndNothingIsQueued() {
		assertThat(this.policy.fetchSize(1, 0, false)).isEqualTo(3);
		assertThat(this.policy.fetchSize(4, 0, false)).isZero();
		assertThat(this.policy.fetchSize(2, 2, false)).as("queued jobs take the idle workers first").isZero();
	}

}
