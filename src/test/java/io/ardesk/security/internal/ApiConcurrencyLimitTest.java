package io.ardesk.security.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ApiConcurrencyLimitTest {

	@Test
	void noMoreCallsWorkAtOnceThanTheLimitAndTheOthersWaitTheirTurnInOrder() throws Exception {
		ApiConcurrencyLimit limit = new ApiConcurrencyLimit(2, Duration.ofSeconds(10),
				new ProblemDetailsSecurityHandler());
		AtomicInteger working = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		List<Integer> started = new CopyOnWriteArrayList<>();
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int caller = i;
				answers.add(callers.submit(() -> {
					MockHttpServletResponse response = new MockHttpServletResponse();
					limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/clients"), response, (req, res) -> {
						started.add(caller);
						mostAtOnce.accumulateAndGet(working.incrementAndGet(), Math::max);
						sleep(60);
						working.decrementAndGet();
					});
					return response.getStatus();
				}));
				// arrive one after the other, so that first come first served is visible
				Thread.sleep(10);
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(mostAtOnce).hasValue(2);
		assertThat(started).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void aCallThatCannotStartInTimeIsAnswered503WithRetryAfter() throws Exception {
		ApiConcurrencyLimit limit = new ApiConcurrencyLimit(1, Duration.ofMillis(100),
				new ProblemDetailsSecurityHandler());
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slow = (req, res) -> {
			holding.countDown();
			await(release);
		};
		Thread first = new Thread(() -> {
			try {
				limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/clients"), new MockHttpServletResponse(),
						slow);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		first.start();
		assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
		MockHttpServletResponse refused = new MockHttpServletResponse();
		AtomicInteger reached = new AtomicInteger();
		limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/clients"), refused,
				(req, res) -> reached.incrementAndGet());
		release.countDown();
		first.join(5000);
		assertThat(reached).hasValue(0);
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":503")
			.contains("retry")
			.contains("\"instance\":\"/api/v1/clients\"");
		// the permit came back: the next call works
		MockHttpServletResponse next = new MockHttpServletResponse();
		limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/clients"), next,
				(req, res) -> reached.incrementAndGet());
		assertThat(reached).hasValue(1);
		assertThat(next.getStatus()).isEqualTo(200);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
