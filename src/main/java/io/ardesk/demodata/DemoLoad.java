package io.ardesk.demodata;

import java.time.Duration;

/**
 * The demo profile's first-start load of demo AR. It runs after the portal reports ready,
 * in the background, so the sign-in page is usable at once; pages show its progress until
 * it has finished.
 */
public interface DemoLoad {

	/** How far the load is; {@code loading} is false before it started and once done. */
	Progress progress();

	/**
	 * Waits until no load is running (true), or {@code atMost} has passed (false).
	 * @throws InterruptedException when the waiting thread is interrupted
	 */
	boolean awaitLoaded(Duration atMost) throws InterruptedException;

	/**
	 * @param loading a load is running
	 * @param clientsDone demo clients already filled by this load
	 * @param clientsTotal demo clients this load fills
	 * @param percent how much of the whole load is done, 0 to 100
	 */
	record Progress(boolean loading, int clientsDone, int clientsTotal, int percent) {

		public static final Progress IDLE = new Progress(false, 0, 0, 100);

	}

}
