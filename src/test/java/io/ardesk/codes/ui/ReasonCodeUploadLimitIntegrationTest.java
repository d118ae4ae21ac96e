package io.ardesk.codes.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.codes.ReasonCodeLists;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.ChunkedUpload;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Official code lists stop at 5 MB while the bytes arrive, over REST and in the
 * reason-code view, whatever size the client declares; nothing is kept.
 */
@ArdeskIntegrationTest
class ReasonCodeUploadLimitIntegrationTest extends IntegrationTestSupport {

	static final long LIMIT = 5L * 1024 * 1024;

	@Autowired
	ReasonCodeLists lists;

	@Autowired
	ReasonCodeCatalog catalog;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@AfterEach
	void closeUi() {
		BrowserlessUi.close();
	}

	@Test
	void aChunkedRestUploadOverTheLimitIsRefusedWith413AndNothingIsKept() throws IOException {
		int before = uploads().size();

		ChunkedUpload.Answer answer = ChunkedUpload.post(this.port, "/api/v1/admin/reason-codes?kind=CARC", "admin",
				"huge.csv", LIMIT + 512 * 1024);

		assertThat(answer.status()).as(answer.body()).isEqualTo(413);
		assertThat(answer.body()).contains("\"field\":\"file\"").contains("larger than 5 MB");
		assertThat(uploads()).hasSize(before);
	}

	@Test
	void onlyAdministratorsGetAsFarAsSendingAList() throws IOException {
		ChunkedUpload.Answer answer = ChunkedUpload.post(this.port, "/api/v1/admin/reason-codes?kind=CARC",
				"specialist", "list.csv", 1024);

		assertThat(answer.status()).isEqualTo(403);
	}

	@Test
	void theReasonCodeViewRefusesAnUploadThatDeclaresNoSizeOnceItPassesTheLimit() throws IOException {
		BrowserlessUi.openAs(this.context, "admin", "FIRM_ADMIN");
		UI.getCurrent().navigate(ReasonCodesView.class);
		ReasonCodesView view = _get(ReasonCodesView.class);
		int before = uploads().size();
		EndlessList file = new EndlessList();
		VaadinRequest request = mock(VaadinRequest.class);
		when(request.getInputStream()).thenReturn(file);
		UploadEvent event = new UploadEvent(request, null, VaadinSession.getCurrent(), "huge.csv", -1, "text/csv",
				view.getElement(), null);

		view.uploadHandler().handleUploadRequest(event);
		MockVaadin.clientRoundtrip(false);

		assertThat(event.isRejected()).isTrue();
		assertThat(event.getRejectionMessage()).contains("larger than 5 MB");
		assertThat(file.served.get()).isLessThanOrEqualTo(LIMIT + 64 * 1024);
		assertThat(uploads()).hasSize(before);
		assertThat(this.catalog.carc("Z99")).as("nothing of the list was applied").isEmpty();
	}

	private List<ReasonCodeLists.UploadedList> uploads() {
		return AsUser.call("admin", "FIRM_ADMIN", () -> this.lists.uploads());
	}

	/** A code list that never ends: one valid row after another. */
	static final class EndlessList extends InputStream {

		private static final byte[] ROW = "Z99,A code that keeps coming\n".getBytes();

		final AtomicLong served = new AtomicLong();

		@Override
		public int read() {
			return ROW[(int) (this.served.getAndIncrement() % ROW.length)];
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			for (int i = 0; i < length; i++) {
				buffer[offset + i] = (byte) read();
			}
			return length;
		}

	}

}
