package io.ardesk.worklist.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A saved queue filter of one user, in the shared control schema (users span clients).
 */
@Entity
@Table(schema = "control", name = "saved_queue_filter")
class SavedFilterRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	private String name;

	private String filter;

	private Instant savedAt;

	protected SavedFilterRecord() {
		this.username = "";
		this.name = "";
		this.filter = "";
		this.savedAt = Instant.EPOCH;
	}

	SavedFilterRecord(String username, String name, String filter, Instant savedAt) {
		this.username = username;
		this.name = name;
		this.filter = filter;
		this.savedAt = savedAt;
	}

	long id() {
		return (this.id != null) ? this.id : 0;
	}

	String username() {
		return this.username;
	}

	String name() {
		return this.name;
	}

	String filter() {
		return this.filter;
	}

	void replace(String filter, Instant savedAt) {
		this.filter = filter;
		this.savedAt = savedAt;
	}

}
