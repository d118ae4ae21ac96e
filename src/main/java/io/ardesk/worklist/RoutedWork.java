package io.ardesk.worklist;

import org.jspecify.annotations.Nullable;

/**
 * What a remittance rule does to a claim's work: each part is optional.
 *
 * @param owner the new owner (a specialist or account manager of the client)
 * @param nextActionDays the next action this many days from today
 * @param documentRequest what to ask the practice for (due in
 * {@link PracticeHolds#DUE_DAYS} days)
 */
public record RoutedWork(@Nullable String owner, @Nullable WorkStatus status, @Nullable Integer nextActionDays,
		@Nullable String documentRequest) {
}
