package io.ardesk.trends;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Changes to a trend issue; {@code null} leaves a field as it is.
 *
 * @param owner user name of the person responsible (blank to unassign)
 * @param expectedVersion the version the change was made on, if the caller knows it
 */
public record TrendIssueUpdate(@Nullable String owner, @Nullable LocalDate dueDate, @Nullable String rootCause,
		@Nullable String preventiveAction, @Nullable TrendIssueStatus status, @Nullable Long expectedVersion) {
}
