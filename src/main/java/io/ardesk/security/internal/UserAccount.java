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
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
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

	// Sign-in bookkeeping is written only by single atomic updates (SignInRecords), never
	// through the entity: concurrent sign-ins must neither lose counts nor conflict with
	// an administrator's edit.
	@Column(insertable = false, updatable = false)
	private int failedLogins;

	@Column(insertable = false, updatable = false)
	private @Nullable Instant lockedUntil;

	@Column(insertable = false, updatable = false)
	private @Nullable Instant lastSignInAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "control", name = "client_assignment", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "client_id")
	private Set<String> assignedClientIds = new HashSet<>();

	/** Who works which client is kept in memory ({@link ClientTeamDirectory}). */
	@PostPersist
	@PostUpdate
	@PostRemove
	void changed() {
		ClientTeamDirectory.changed();
	}

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

	@Nullable Long id() {
		return this.id;
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

	int failedLogins() {
		return this.failedLogins;
	}

	@Nullable Instant lockedUntil() {
		return this.lockedUntil;
	}

	@Nullable Instant lastSignInAt() {
		return this.lastSignInAt;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
		ClientTeamDirectory.changed();
	}

	/** Sets a new password hash; lifting a lockout is {@link SignInRecords#unlock}. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void assign(Set<String> clientIds) {
		this.assignedClientIds.clear();
		this.assignedClientIds.addAll(clientIds);
		ClientTeamDirectory.changed();
	}

}
