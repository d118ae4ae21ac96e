package io.ardesk.shared.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.PayloadTooLargeException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MultipartUploadTest {

	static final String BOUNDARY = "----ArdeskBoundary7MA4YWxkTrZu0gW";

	static final UploadLimit LIMIT = new UploadLimit(DataSize.ofKilobytes(64), "file");

	@Test
	void readsTheFilePartAmongOtherFieldsWithItsName() throws IOException {
		byte[] content = "ISA*00*~\r\nline two\r\n--not-the-boundary\r\n".getBytes(StandardCharsets.US_ASCII);
		MockHttpServletRequest request = request(body(part("kind", null, "CARC".getBytes(StandardCharsets.US_ASCII)),
				part("file", "C:\\exports\\remit.835", content)));

		MultipartUpload.UploadedFile file = MultipartUpload.read(request, LIMIT);

		assertThat(file.fileName()).isEqualTo("remit.835");
		assertThat(file.content()).isEqualTo(content);
	}

	@Test
	void skipsAPreambleAndDecodesAnExtendedFileName() throws IOException {
		byte[] body = concat("This is a preamble.\r\n".getBytes(StandardCharsets.US_ASCII),
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"; "
						+ "filename*=UTF-8''na%C3%AFve%20list.csv\r\n\r\ncode,description\r\n--" + BOUNDARY + "--\r\n")
					.getBytes(StandardCharsets.US_ASCII));

		MultipartUpload.UploadedFile file = MultipartUpload.read(request(body), LIMIT);

		assertThat(file.fileName()).isEqualTo("naïve list.csv");
		assertThat(new String(file.content(), StandardCharsets.US_ASCII)).isEqualTo("code,description");
	}

	@Test
	void aFileOfExactlyTheLimitIsAccepted() throws IOException {
		byte[] content = new byte[(int) LIMIT.limit().toBytes()];
		java.util.Arrays.fill(content, (byte) '\r');

		MultipartUpload.UploadedFile file = MultipartUpload.read(request(body(part("file", "a.txt", content))), LIMIT);

		assertThat(file.content()).hasSize(content.length);
	}

	@Test
	void aFileOneByteOverTheLimitIsRefusedAsTooLarge() {
		byte[] content = new byte[(int) LIMIT.limit().toBytes() + 1];

		assertThatExceptionOfType(PayloadTooLargeException.class)
			.isThrownBy(() -> MultipartUpload.read(request(body(part("file", "a.txt", content))), LIMIT))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("file"))
			.withMessageContaining("larger than 64 KB");
	}

	@Test
	void aChunkedUploadThatDeclaresNoSizeIsCutOffAtTheLimit() {
		EndlessUpload upload = new EndlessUpload();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload") {

			@Override
			public ServletInputStream getInputStream() {
				return upload;
			}

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		request.setContentType("multipart/form-data; boundary=" + BOUNDARY);

		assertThatExceptionOfType(PayloadTooLargeException.class)
			.isThrownBy(() -> MultipartUpload.read(request, LIMIT));
		// stopped within a buffer of the limit: neither the declared size (none) nor the
		// stream's end (never) mattered
		assertThat(upload.served.get()).isLessThan(LIMIT.limit().toBytes() + MultipartUpload.OVERHEAD + 65_536);
	}

	@Test
	void aDeclaredSizeBeyondTheLimitIsRefusedBeforeReading() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload") {

			@Override
			public long getContentLengthLong() {
				return 999_999_999L;
			}

			@Override
			public ServletInputStream getInputStream() {
				throw new AssertionError("read although the declared size is too large");
			}

		};
		request.setContentType("multipart/form-data; boundary=" + BOUNDARY);

		assertThatExceptionOfType(PayloadTooLargeException.class)
			.isThrownBy(() -> MultipartUpload.read(request, LIMIT));
	}

	@Test
	void aRequestWithoutTheFileFieldNamesTheField() {
		MockHttpServletRequest request = request(body(part("document", "a.txt", new byte[] { 1 })));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> MultipartUpload.read(request, LIMIT))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("file"));
	}

	@Test
	void aBodyThatIsNotMultipartIsRefused() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload");
		request.setContentType("application/json");
		request.setContent("{}".getBytes(StandardCharsets.US_ASCII));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> MultipartUpload.read(request, LIMIT));
	}

	@Test
	void aTruncatedUploadIsRefusedNotHalfRead() {
		byte[] whole = body(part("file", "a.txt", "some content".getBytes(StandardCharsets.US_ASCII)));
		byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 20);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> MultipartUpload.read(request(truncated), LIMIT))
			.withMessageContaining("ended before the file did");
	}

	static MockHttpServletRequest request(byte[] body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload");
		request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
		request.setContent(body);
		return request;
	}

	static byte[] part(String name, String fileName, byte[] content) {
		String disposition = "Content-Disposition: form-data; name=\"" + name + "\""
				+ ((fileName != null) ? "; filename=\"" + fileName.replace("\\", "\\\\") + "\"" : "");
		return concat(("--" + BOUNDARY + "\r\n" + disposition + "\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8), content, "\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	static byte[] body(byte[]... parts) {
		return concat(concat(parts), ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
	}

	static byte[] concat(byte[]... arrays) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] array : arrays) {
			out.writeBytes(array);
		}
		return out.toByteArray();
	}

	/** A file part that never ends, as a client streaming a huge chunked upload. */
	static final class EndlessUpload extends ServletInputStream {

		final AtomicLong served = new AtomicLong();

		private final InputStream head = new java.io.ByteArrayInputStream(
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.835\"\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));

		@Override
		public int read() throws IOException {
			int b = this.head.read();
			this.served.incrementAndGet();
			return (b >= 0) ? b : 'X';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.head.read(buffer, offset, length);
			if (n <= 0) {
				java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'X');
				n = length;
			}
			this.served.addAndGet(n);
			return n;
		}

		@Override
		public boolean isFinished() {
			return false;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
		}

	}

}
