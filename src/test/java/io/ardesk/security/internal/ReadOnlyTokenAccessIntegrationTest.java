package io.ardesk.security.internal;

import java.util.List;

import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read-only tokens are enforced where every write is checked, not only at the HTTP door:
 * {@code @ChangesClient} services ask {@link ClientAccess#requireWrite}.
 */
@ArdeskIntegrationTest
class ReadOnlyTokenAccessIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@Autowired
	ClientAccess access;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aReadOnlyTokenMayReadButNotWriteAClientItsUserMayChange() {
		signInWithToken(true);

		assertThat(this.access.mayRead(LAKEVIEW)).isTrue();
		assertThat(this.access.mayWrite(LAKEVIEW)).isFalse();
		assertThatThrownBy(() -> this.access.requireWrite(LAKEVIEW)).isInstanceOf(ClientAccessDeniedException.class)
			.hasMessageContaining("read-only");
	}

	@Test
	void aReadWriteTokenMayWriteWhatItsUserMay() {
		signInWithToken(false);

		assertThat(this.access.mayWrite(LAKEVIEW)).isTrue();
		assertThat(this.access.mayWrite(ClientId.of("riverside-cardiology"))).as("not the specialist's client")
			.isFalse();
	}

	private static void signInWithToken(boolean readOnly) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication("specialist",
				List.of(new SimpleGrantedAuthority("ROLE_AR_SPECIALIST")), 1L, readOnly));
		SecurityContextHolder.setContext(context);
	}

}
