package io.ardesk.housekeeping.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One run of the consistency check, kept in the checked client's own schema. */
@Entity
@Table(name = "consistency_check_run")
public class ConsistencyCheckRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String clientId;

	private Instant checkedAt;

	private int itemsChecked;

	private int problemsFound;

	private String summary;

	protected ConsistencyCheckRun() {
		this.clientId = "";
		this.checkedAt = Instant.EPOCH;
		this.summary = "";
	}

	ConsistencyCheckRun(String clientId, Instant checkedAt, int itemsChecked, int problemsFound, String summary) {
		this.clientId = clientId;
		this.checkedAt = checkedAt;
		this.itemsChecked = itemsChecked;
		this.problemsFound = problemsFound;
		this.summary = summary;
	}

	public String clientId() {
		return this.clientId;
	}

	public Instant checkedAt() {
		return this.checkedAt;
	}

	public int itemsChecked() {
		return this.itemsChecked;
	}

	public int problemsFound() {
		return this.problemsFound;
	}

	public String summary() {
		return this.summary;
	}

}
