package io.ardesk.worklist.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.validation.PlausibleDate;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueueView;
import io.ardesk.worklist.WorkStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters that narrow a worklist, validated (400 naming the parameter).
 * Without {@code owner}: everyone's claims; {@code owner=} (empty): the unassigned ones.
 *
 * @param q part of a claim number, patient name, member id or payer claim number
 * @param after the {@code Next-Cursor} of the previous page
 */
record QueueParams(@Size(max = 100) @Nullable String owner, @Nullable Long payer, @Nullable ClaimStatus status,
		@Size(max = 40) @Nullable String denialCategory,
		@Min(0) @Max(QueueFilter.MAX_AGE_DAYS) @Nullable Integer minAgeDays,
		@Min(0) @Max(QueueFilter.MAX_AGE_DAYS) @Nullable Integer maxAgeDays,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate dueBy, @Nullable String after,
		@Nullable QueueView view, @Nullable WorkStatus workStatus,
		@Min(0) @Max(3650) @Nullable Integer deadlineWithinDays,
		@Size(max = QueueFilter.MAX_SEARCH) @Nullable String q) {

	/** {@code <score>|<claim number>}, as the {@code Next-Cursor} header gives it. */
	private static final Pattern CURSOR = Pattern.compile("(-?\\d{1,6}(?:\\.\\d{1,2})?)\\|(\\P{Cc}{1,80})");

	QueueFilter filter(@Nullable String owner) {
		BigDecimal afterScore = null;
		String afterClaim = null;
		if (this.after != null) {
			Matcher cursor = CURSOR.matcher(this.after);
			if (!cursor.matches()) {
				throw new InvalidInputException("after", "after must be the Next-Cursor of the previous page.");
			}
			afterScore = new BigDecimal(cursor.group(1));
			afterClaim = cursor.group(2);
		}
		return new QueueFilter(owner, this.payer, this.status, this.denialCategory, this.minAgeDays, this.maxAgeDays,
				this.dueBy, afterScore, afterClaim, (this.view != null) ? this.view : QueueView.LIVE, this.workStatus,
				this.deadlineWithinDays, (this.q != null && !this.q.isBlank()) ? this.q : null);
	}

}
