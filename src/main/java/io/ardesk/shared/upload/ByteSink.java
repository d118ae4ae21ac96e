package io.ardesk.shared.upload;

import java.util.Arrays;

/**
 * A growing byte buffer that refuses to hold more than an upload limit. Not thread-safe:
 * one upload, one reader.
 */
final class ByteSink {

	private final UploadLimit limit;

	private final long max;

	private byte[] bytes = new byte[8192];

	private int length;

	ByteSink(UploadLimit limit) {
		this.limit = limit;
		this.max = limit.limit().toBytes();
	}

	void write(int b) {
		ensure(1);
		this.bytes[this.length++] = (byte) b;
	}

	void write(byte[] source, int offset, int count) {
		ensure(count);
		System.arraycopy(source, offset, this.bytes, this.length, count);
		this.length += count;
	}

	private void ensure(int more) {
		long needed = (long) this.length + more;
		if (needed > this.max) {
			// Drop what arrived so far at once: nothing of a refused upload is kept.
			this.bytes = new byte[0];
			this.length = 0;
			throw this.limit.tooLarge();
		}
		if (needed > this.bytes.length) {
			long grown = Math.max(needed, Math.min((long) this.bytes.length * 2, this.max));
			this.bytes = Arrays.copyOf(this.bytes, (int) Math.min(grown, Integer.MAX_VALUE - 16));
		}
	}

	byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.length);
	}

}
