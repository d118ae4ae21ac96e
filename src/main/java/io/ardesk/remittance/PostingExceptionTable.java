package io.ardesk.remittance;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableWriter;
import org.jspecify.annotations.Nullable;

/**
 * Posting exceptions as a table, the same in the REST file and the view's. Firm-internal.
 */
public interface PostingExceptionTable {

	List<String> HEADER = List.of("Payment date", "Payer", "Trace", "Claim", "Charge", "Paid", "Held because",
			"What does not fit", "By", "Status");

	static void write(List<PostingException> exceptions, TableWriter writer) {
		for (PostingException e : exceptions) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(e.payment().paymentDate());
			cells.add(e.payment().payer());
			cells.add(e.payment().traceNumber());
			cells.add((e.claimNumber() != null) ? e.claimNumber() : e.payment().patientControlNumber());
			cells.add(e.payment().charge());
			cells.add(e.payment().paid());
			cells.add(e.kind().label());
			cells.add(e.problem());
			cells.add(e.difference());
			cells.add(status(e));
			writer.row(cells);
		}
	}

	/** Open, or how it was resolved and by whom. */
	static String status(PostingException exception) {
		PostingException.Resolution resolution = exception.resolution();
		if (exception.status() == PostingExceptionStatus.OPEN || resolution == null) {
			return "Open";
		}
		String what = switch (exception.status()) {
			case POSTED -> "Posted as is";
			case POSTED_CORRECTED -> "Posted corrected";
			case DISMISSED -> "Dismissed";
			case OPEN -> "Open";
		};
		return what + " by " + resolution.by();
	}

}
