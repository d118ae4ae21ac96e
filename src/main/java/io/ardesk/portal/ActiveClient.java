package io.ardesk.portal;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The client practice a signed-in user is working on in the portal. Defaults to the first
 * client they may reach; switching is checked on the server.
 */
@Component
@VaadinSessionScope
public class ActiveClient implements Serializable {

	private final transient ClientAccess access;

	private @Nullable ClientId selected;

	ActiveClient(ClientAccess access) {
		this.access = access;
	}

	/** The client being worked on, or empty when the user may reach none. */
	public Optional<ClientSummary> current() {
		List<ClientSummary> clients = reachable();
		return clients.stream()
			.filter((client) -> client.id().equals(this.selected))
			.findFirst()
			.or(() -> clients.stream().findFirst());
	}

	public Optional<ClientId> id() {
		return current().map(ClientSummary::id);
	}

	public List<ClientSummary> reachable() {
		return this.access.currentUser().map(CurrentUser::clients).orElse(List.of());
	}

	/**
	 * @throws io.ardesk.security.ClientAccessDeniedException if the user may not read it
	 */
	@ReadsClient
	public void switchTo(ClientId client) {
		// Checked by the aspect as well; here too, so that a call from within this bean
		// (which bypasses the aspect) is checked all the same.
		this.access.requireRead(client);
		this.selected = client;
	}

	public boolean mayChange() {
		return id().map(this.access::mayWrite).orElse(false);
	}

}
