package io.ardesk.imports.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportResult;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.ChunkedUpload;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Claim and remittance uploads stop at 50 MB while the bytes arrive, whatever size the
 * client declares: a chunked upload that declares none is refused (413 over REST, a clear
 * message in the import view), and nothing is recorded or left behind.
 */
@ArdeskIntegrationTest
class ImportUploadLimitIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final long LIMIT = 50L * 1024 * 1024;

	@Autowired
	FileImports imports;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@AfterEach
	void closeUi() {
		BrowserlessUi.close();
	}

	@Test
	void aChunkedRestUploadOverTheLimitIsRefusedWith413AndNothingIsRecorded() throws IOException {
		List<ImportResult> before = history();
		List<Path> spooledBefore = spooledUploads();

		ChunkedUpload.Answer answer = ChunkedUpload.post(this.port, "/api/v1/clients/lakeview-ortho/imports",
				"specialist", "huge.835", LIMIT + 1024 * 1024);

		assertThat(answer.status()).as(answer.body()).isEqualTo(413);
		JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
		assertThat(problem.get("field").asString()).isEqualTo("file");
		assertThat(problem.get("detail").asString()).contains("larger than 50 MB");
		assertThat(history()).as("no import batch recorded").isEqualTo(before);
		assertThat(spooledUploads()).as("no temporary file left").isEqualTo(spooledBefore);
	}

	@Test
	void aChunkedRestUploadUnderTheLimitStillArrivesWhole() throws IOException {
		// A file of X's is no claim file: it is read completely and rejected as such.
		ChunkedUpload.Answer answer = ChunkedUpload.post(this.port, "/api/v1/clients/lakeview-ortho/imports",
				"specialist", "not-a-claim-file.csv", 3 * 1024 * 1024);

		assertThat(answer.status()).as(answer.body()).isEqualTo(422);
		assertThat(answer.body()).contains("not-a-claim-file.csv");
	}

	@Test
	void theImportViewRefusesAnUploadThatDeclaresNoSizeOnceItPassesTheLimit() throws IOException {
		BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
		UI.getCurrent().navigate(ImportView.class);
		ImportView view = _get(ImportView.class);
		List<ImportResult> before = history();
		EndlessFile file = new EndlessFile();
		VaadinRequest request = mock(VaadinRequest.class);
		when(request.getInputStream()).thenReturn(file);
		UploadEvent event = new UploadEvent(request, null, VaadinSession.getCurrent(), "huge.835", -1,
				"application/octet-stream", view.getElement(), null);

		view.uploadHandler(LAKEVIEW).handleUploadRequest(event);
		MockVaadin.clientRoundtrip(false);

		assertThat(event.isRejected()).isTrue();
		assertThat(event.getRejectionMessage()).contains("larger than 50 MB");
		assertThat(file.served.get()).as("read no further than the limit").isLessThanOrEqualTo(LIMIT + 64 * 1024);
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("import-failure")).getText())
			.contains("larger than 50 MB");
		assertThat(history()).as("no import batch recorded").isEqualTo(before);
	}

	private List<ImportResult> history() {
		return AsUser.call("specialist", "AR_SPECIALIST", () -> this.imports.history(LAKEVIEW, 500));
	}

	/**
	 * Files the servlet container spools multipart uploads to ({@code upload_*.tmp} under
	 * its {@code tomcat.*} work folders).
	 */
	static List<Path> spooledUploads() throws IOException {
		Path temp = Path.of(System.getProperty("java.io.tmpdir"));
		List<Path> spooled = new java.util.ArrayList<>();
		try (Stream<Path> roots = Files.list(temp)) {
			for (Path root : roots.filter((path) -> path.getFileName().toString().startsWith("tomcat")).toList()) {
				try (Stream<Path> files = Files.find(root, 8, (path, attributes) -> attributes.isRegularFile()
						&& path.getFileName().toString().startsWith("upload_"))) {
					files.forEach(spooled::add);
				}
				catch (IOException | java.io.UncheckedIOException ex) {
					// a folder of another test run went away while it was walked
				}
			}
		}
		return spooled.stream().sorted().toList();
	}

	/** A file that never ends, as a browser streaming a huge upload would send. */
	static final class EndlessFile extends InputStream {

		final AtomicLong served = new AtomicLong();

		@Override
		public int read() {
			this.served.incrementAndGet();
			return 'X';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'X');
			this.served.addAndGet(length);
			return length;
		}

	}

}
