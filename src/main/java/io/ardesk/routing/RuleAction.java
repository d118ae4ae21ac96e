package io.ardesk.routing;

import io.ardesk.codes.DenialCategory;
import io.ardesk.worklist.WorkStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a rule does to each claim it matches; at least one part is set.
 *
 * @param assignTo a specialist or account manager assigned to the client
 * @param nextActionDays the next action this many days after posting (0 to 365)
 * @param documentRequest what to ask the practice for
 */
public record RuleAction(@Nullable DenialCategory setCategory, @Nullable String assignTo,
		@Nullable WorkStatus workStatus, @Nullable Integer nextActionDays, @Nullable String documentRequest) {

	/** Whether the rule would do nothing (not a JSON property: no getter name). */
	public boolean doesNothing() {
		return this.setCategory == null && this.assignTo == null && this.workStatus == null
				&& this.nextActionDays == null && this.documentRequest == null;
	}

}
