package io.ardesk.portal.api;

import java.util.List;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.ClientSummary;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is calling and which clients they may reach. */
@RestController
@RequestMapping("/api/v1")
class PortalApi {

	private final ClientAccess access;

	private final ClientProfiles profiles;

	PortalApi(ClientAccess access, ClientProfiles profiles) {
		this.access = access;
		this.profiles = profiles;
	}

	record ClientRef(String id, String name) {
		static ClientRef of(ClientSummary client) {
			return new ClientRef(client.id().value(), client.name());
		}
	}

	record Me(String username, List<String> roles, List<ClientRef> clients) {
	}

	record ClientDetails(String id, String name, String timeZone, String agingBasis) {
	}

	@GetMapping("/me")
	Me me() {
		CurrentUser user = user();
		return new Me(user.username(), List.of(user.role().name()),
				user.clients().stream().map(ClientRef::of).toList());
	}

	@GetMapping("/clients")
	List<ClientRef> clients() {
		return user().clients().stream().map(ClientRef::of).toList();
	}

	@GetMapping("/clients/{clientId}")
	ClientDetails client(@PathVariable String clientId) {
		ClientProfile profile = this.profiles.profile(ApiClientIds.parse(clientId));
		return new ClientDetails(profile.id().value(), profile.name(), profile.timeZone().getId(),
				profile.agingBasis().name());
	}

	private CurrentUser user() {
		return this.access.currentUser()
			.orElseThrow(() -> new InsufficientAuthenticationException("Sign in to use the API"));
	}

}
