package io.ardesk.dashboards;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableWriter;
import org.jspecify.annotations.Nullable;

/** The firm portfolio as a table, riskiest client first, with a totals row last. */
public interface PortfolioTable {

	List<String> HEADER = List.of("Client", "Client id", "Specialty", "Risk", "SLA", "Days in A/R", "A/R > 90 %",
			"4-week change", "SLA reds", "Deadlines at risk", "Open escalations", "A/R owed", "Peer rank",
			"Peer median days in A/R");

	static void write(Portfolio.Ranked ranked, TableWriter writer) {
		for (PortfolioEntry e : ranked.clients()) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(e.name());
			cells.add(e.clientId().value());
			cells.add(e.specialty());
			cells.add(e.risk());
			cells.add(e.status().name());
			cells.add(e.daysInAr());
			cells.add(e.arOver90Percent());
			cells.add(e.arOver90Change());
			cells.add(e.slaReds());
			cells.add(e.deadlinesAtRisk());
			cells.add(e.openEscalations());
			cells.add(e.totalAr());
			cells.add((e.peers() != null) ? e.peers().rank() + " of " + e.peers().of() : null);
			cells.add((e.peers() != null) ? e.peers().medianDaysInAr() : null);
			writer.row(cells);
		}
		Portfolio.Totals t = ranked.totals();
		List<@Nullable Object> totals = new ArrayList<>();
		totals.add("Total (" + t.clients() + " clients)");
		totals.add(null);
		totals.add(null);
		totals.add(null);
		totals.add(null);
		totals.add(null);
		totals.add(null);
		totals.add(null);
		totals.add(t.slaReds());
		totals.add(t.deadlinesAtRisk());
		totals.add(t.openEscalations());
		totals.add(t.totalAr());
		writer.row(totals);
	}

}
