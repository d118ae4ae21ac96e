package io.ardesk.demodata.internal;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed. Each claim, patient and month draws
 * from its own stream, so adding a draw in one place does not shift every later value,
 * and any claim can be regenerated on its own (which the streaming generator relies on).
 */
public final class SeedStreams {

	public static final long PATIENT = 0x5041544945L;

	public static final long CLAIM = 0x434C41494DL;

	public static final long MONTH = 0x4D4F4E5448L;

	public static final long PAYMENT = 0x5041594D4EL;

	private SeedStreams() {
	}

	public static SplittableRandom random(long seed, long purpose, long index) {
		return new SplittableRandom(mix(mix(seed ^ purpose) + index));
	}

	// SplitMix64 finaliser: neighbouring indexes give unrelated streams
	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** An int in [min, max], both inclusive. */
	public static int between(SplittableRandom random, int min, int max) {
		return random.nextInt(min, max + 1);
	}

	public static boolean chance(SplittableRandom random, double probability) {
		return random.nextDouble() < probability;
	}

}
