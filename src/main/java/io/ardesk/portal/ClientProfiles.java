package io.ardesk.portal;

import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.stereotype.Service;

/** A client practice's settings, for those who may read that client. */
@Service
public class ClientProfiles {

	private final ClientDirectory directory;

	ClientProfiles(ClientDirectory directory) {
		this.directory = directory;
	}

	/**
	 * @throws io.ardesk.security.ClientAccessDeniedException if the caller may not read
	 * it
	 */
	@ReadsClient
	public ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
