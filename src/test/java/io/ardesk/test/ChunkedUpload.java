package io.ardesk.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Sends a multipart file upload the way a hostile or careless client can: with
 * {@code Transfer-Encoding: chunked}, declaring no size at all, over a plain socket (so
 * nothing in between adds a Content-Length). Reads whatever the server answers.
 */
public final class ChunkedUpload {

	private static final String BOUNDARY = "ardesk-chunked-7f3a";

	private ChunkedUpload() {
	}

	/** The status code and body the server answered. */
	public record Answer(int status, String body) {
	}

	/**
	 * Streams a file of {@code fileBytes} bytes (the letter X) as the multipart field
	 * {@code file}. A server that stops reading early may close the connection before
	 * everything is sent; its answer is read all the same.
	 */
	public static Answer post(int port, String path, String user, String fileName, long fileBytes) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
					+ credentials + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
					+ "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			try {
				chunk(out,
						("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
								+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
							.getBytes(StandardCharsets.US_ASCII));
				byte[] block = new byte[64 * 1024];
				Arrays.fill(block, (byte) 'X');
				for (long sent = 0; sent < fileBytes; sent += block.length) {
					chunk(out, (fileBytes - sent >= block.length) ? block
							: Arrays.copyOf(block, (int) (fileBytes - sent)));
				}
				chunk(out, ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException ex) {
				// the server answered and closed before the upload ended: read its answer
			}
			return answer(socket.getInputStream());
		}
	}

	private static void chunk(OutputStream out, byte[] data) throws IOException {
		out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(data);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private static Answer answer(InputStream in) throws IOException {
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		try {
			in.transferTo(response);
		}
		catch (IOException ex) {
			// a reset after the answer arrived
		}
		String text = response.toString(StandardCharsets.UTF_8);
		if (!text.startsWith("HTTP/1.1 ")) {
			throw new IOException("No HTTP answer: " + text.substring(0, Math.min(200, text.length())));
		}
		int status = Integer.parseInt(text.substring(9, 12));
		int headersEnd = text.indexOf("\r\n\r\n");
		String body = (headersEnd >= 0) ? text.substring(headersEnd + 4) : "";
		if (text.substring(0, Math.max(headersEnd, 0)).toLowerCase().contains("transfer-encoding: chunked")) {
			body = dechunk(body);
		}
		return new Answer(status, body);
	}

	private static String dechunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (at < chunked.length()) {
			int lineEnd = chunked.indexOf("\r\n", at);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
			if (size == 0) {
				break;
			}
			body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
			at = lineEnd + 2 + size + 2;
		}
		return body.toString();
	}

}
