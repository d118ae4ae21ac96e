package io.ardesk.reminders.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.Escalations;
import io.ardesk.security.SystemActor;
import io.ardesk.security.TeamMember;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.worklist.WorkDigestQueries;
import io.ardesk.worklist.WorkDigestQueries.DueActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes one user's morning digest: per client they work, their next actions due today
 * and overdue, and the client's open escalations. Only the user's own clients are read; a
 * client that fails to answer is named as such and the others still make the digest.
 */
@Component
class MorningDigest {

	private static final Logger log = LoggerFactory.getLogger(MorningDigest.class);

	/** Claims listed by name per client; the counts cover all. */
	static final int FIRST = 5;

	private final WorkDigestQueries queries;

	private final Escalations escalations;

	private final ClientDirectory directory;

	MorningDigest(WorkDigestQueries queries, Escalations escalations, ClientDirectory directory) {
		this.queries = queries;
		this.escalations = escalations;
		this.directory = directory;
	}

	/** The digest's text, or empty when there is nothing to tell. */
	String write(TeamMember member, LocalDate today) {
		List<String> sections = new ArrayList<>();
		for (ClientProfile client : this.directory.activeClients()) {
			if (!member.works(client.id())) {
				continue;
			}
			try {
				String section = SystemActor.call(() -> section(member, client, today));
				if (!section.isEmpty()) {
					sections.add(section);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Digest section of a client failed: {}", ex.getClass().getSimpleName());
				sections.add(client.name() + ": could not be read this morning; open ARdesk for it.");
			}
		}
		if (sections.isEmpty()) {
			return "";
		}
		return "Your work for " + Formats.date(today) + ":\n\n" + String.join("\n\n", sections);
	}

	private String section(TeamMember member, ClientProfile client, LocalDate today) {
		DueActions due = this.queries.dueActions(client.id(), member.username(), today, FIRST);
		List<Escalation> open = this.escalations.list(client.id(), true);
		if (due.isEmpty() && open.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(client.name()).append(":");
		if (!due.isEmpty()) {
			text.append("\n  ")
				.append(Formats.count(due.dueToday()))
				.append(" due today, ")
				.append(Formats.count(due.overdue()))
				.append(" overdue");
			for (WorkDigestQueries.DueAction action : due.first()) {
				text.append("\n  - claim ")
					.append(action.claimNumber())
					.append(", due ")
					.append(Formats.date(action.nextActionDate()))
					.append(", ")
					.append(Formats.money(action.balance()))
					.append(" open");
			}
		}
		if (!open.isEmpty()) {
			text.append("\n  ")
				.append(open.size())
				.append((open.size() == 1) ? " open escalation" : " open escalations");
			for (Escalation escalation : open.subList(0, Math.min(FIRST, open.size()))) {
				text.append("\n  - claim ")
					.append(escalation.claimNumber())
					.append(" (")
					.append(escalation.status().label().toLowerCase())
					.append(", ")
					.append(escalation.reason().label().toLowerCase())
					.append(")");
			}
		}
		return text.toString();
	}

}
