package io.ardesk.security.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import io.ardesk.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A person who signs in, kept in the control schema. */
@Entity
@Table(schema = "control", name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "home_client_id")
	private @Nullable String homeClientId;

	private boolean enabled = true;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "control", name = "client_assignment", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "client_id")
	private Set<String> assignedClientIds = new HashSet<>();

	protected UserAccount() {
		this.username = "";
		this.displayName = "";
		this.passwordHash = "";
		this.role = Role.CLIENT_VIEWER;
	}

	UserAccount(String username, String displayName, String passwordHash, Role role, @Nullable String homeClientId) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.homeClientId = homeClientId;
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Role role() {
		return this.role;
	}

	@Nullable String homeClientId() {
		return this.homeClientId;
	}

	boolean enabled() {
		return this.enabled;
	}

	Set<String> assignedClientIds() {
		return this.assignedClientIds;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void assign(Set<String> clientIds) {
		this.assignedClientIds.clear();
		this.assignedClientIds.addAll(clientIds);
	}

	/** Counts a failed sign-in and locks the account once the limit is reached. */
	void recordFailedLogin(Instant now, int limit, java.time.Duration lockout) {
		this.failedLogins++;
		if (this.failedLogins >= limit) {
			this.lockedUntil = now.plus(lockout);
			this.failedLogins = 0;
		}
	}

	void recordSuccessfulLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

}
