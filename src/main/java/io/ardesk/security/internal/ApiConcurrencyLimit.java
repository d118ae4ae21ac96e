package io.ardesk.security.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most a few API calls work at once; the others wait their turn, first come first
 * served. Fifty integrations calling at the same time on a two-core server otherwise all
 * compete for the cores and the connection pool, and the unlucky ones wait far longer
 * than the rest (the p95 of the ApiLoadBenchmark mix was 2.3 times its median); in turn,
 * each call takes its working time plus its place in the queue. A call that cannot start
 * within {@code maxWait} is answered 503 with {@code Retry-After}, never queued forever.
 */
class ApiConcurrencyLimit extends OncePerRequestFilter {

	private final Semaphore permits;

	private final long maxWaitNanos;

	private final ProblemDetailsSecurityHandler problems;

	ApiConcurrencyLimit(int maxRequests, Duration maxWait, ProblemDetailsSecurityHandler problems) {
		this.problems = problems;
		this.permits = new Semaphore(Math.max(1, maxRequests), true);
		this.maxWaitNanos = maxWait.toNanos();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			this.problems.busy(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

}
