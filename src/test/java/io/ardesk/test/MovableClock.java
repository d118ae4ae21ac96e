package io.ardesk.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock moved by whatever a test says: import {@link Config} to make it the
 * portal's clock, then {@link #advance} it to see what a practice sees weeks later. Every
 * view of it (any time zone) moves together. Reset it after each test.
 */
public final class MovableClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<Duration> offset;

	public MovableClock() {
		this(ZoneId.systemDefault(), new AtomicReference<>(Duration.ZERO));
	}

	private MovableClock(ZoneId zone, AtomicReference<Duration> offset) {
		this.zone = zone;
		this.offset = offset;
	}

	public void advance(Duration by) {
		this.offset.updateAndGet((current) -> current.plus(by));
	}

	public void advanceDays(long days) {
		advance(Duration.ofDays(days));
	}

	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new MovableClock(other, this.offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	/** Makes a {@link MovableClock} the portal's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
