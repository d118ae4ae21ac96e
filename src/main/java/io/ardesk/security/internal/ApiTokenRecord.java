package io.ardesk.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One API token: its keyed hash (never the token), owner, scope and life. */
@Entity
@Table(schema = "control", name = "api_token")
class ApiTokenRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private @Nullable UserAccount owner;

	private String name;

	private String tokenHash;

	private String tokenPrefix;

	private boolean readOnly;

	private Instant createdAt;

	private String createdBy;

	private Instant expiresAt;

	private @Nullable Instant revokedAt;

	private @Nullable String revokedBy;

	// Written only by ApiTokenRecords.noteUse, at most once a minute per token.
	@Column(insertable = false, updatable = false)
	private @Nullable Instant lastUsedAt;

	protected ApiTokenRecord() {
		this.name = "";
		this.tokenHash = "";
		this.tokenPrefix = "";
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
		this.expiresAt = Instant.EPOCH;
	}

	ApiTokenRecord(UserAccount owner, String name, String tokenHash, String tokenPrefix, boolean readOnly,
			Instant createdAt, String createdBy, Instant expiresAt) {
		this.owner = owner;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.readOnly = readOnly;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.expiresAt = expiresAt;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Token not saved yet");
		}
		return this.id;
	}

	@Nullable Instant revokedAt() {
		return this.revokedAt;
	}

	void revoke(Instant at, String by) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
			this.revokedBy = by;
		}
	}

	String tokenHash() {
		return this.tokenHash;
	}

}
