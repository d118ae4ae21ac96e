package io.ardesk.security.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key the portal generated for itself, kept so that it survives restarts. */
@Entity
@Table(schema = "control", name = "server_secret")
class ServerSecret {

	@Id
	private String name;

	private String secret;

	private Instant createdAt;

	protected ServerSecret() {
		this.name = "";
		this.secret = "";
		this.createdAt = Instant.EPOCH;
	}

	ServerSecret(String name, String secret, Instant createdAt) {
		this.name = name;
		this.secret = secret;
		this.createdAt = createdAt;
	}

	String secret() {
		return this.secret;
	}

}
