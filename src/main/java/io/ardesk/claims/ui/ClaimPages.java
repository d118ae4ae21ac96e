package io.ardesk.claims.ui;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.ardesk.claims.ClaimFilter;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimRow;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Serves the grid's offset/limit requests from the ledger's keyset paging. Remembers the
 * claim number that ends every 50th row it has seen, so a request further down only walks
 * forward from the nearest known key instead of from the first claim; large ledgers never
 * need an SQL OFFSET.
 */
final class ClaimPages {

	/** How often a key is kept; matches the grid's default page size. */
	private static final int KEY_EVERY = 50;

	/** Rows read per step when walking forward to a far offset. */
	private static final int WALK_STEP = 500;

	private final ClaimLedger ledger;

	private final ClientId client;

	private final ClaimFilter filter;

	/** Row offset → claim number of the row just before it. */
	private final NavigableMap<Integer, String> keys = new TreeMap<>();

	ClaimPages(ClaimLedger ledger, ClientId client, ClaimFilter filter) {
		this.ledger = ledger;
		this.client = client;
		this.filter = filter;
	}

	Stream<ClaimRow> fetch(int offset, int limit) {
		Map.Entry<Integer, String> known = this.keys.floorEntry(offset);
		int position = (known != null) ? known.getKey() : 0;
		@Nullable String after = (known != null) ? known.getValue() : null;
		while (position < offset) {
			int step = Math.min(WALK_STEP, offset - position);
			List<ClaimRow> rows = this.ledger.claims(this.client, this.filter, after, step);
			remember(position, rows);
			if (rows.size() < step) {
				return Stream.empty();
			}
			position += rows.size();
			after = rows.getLast().claimNumber();
		}
		List<ClaimRow> page = this.ledger.claims(this.client, this.filter, after, limit);
		remember(position, page);
		return page.stream();
	}

	private void remember(int offset, List<ClaimRow> rows) {
		for (int i = 0; i < rows.size(); i++) {
			int next = offset + i + 1;
			if (next % KEY_EVERY == 0 || i == rows.size() - 1) {
				this.keys.put(next, rows.get(i).claimNumber());
			}
		}
	}

}
