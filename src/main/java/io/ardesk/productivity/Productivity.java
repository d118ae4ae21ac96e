package io.ardesk.productivity;

import java.time.LocalDate;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Productivity by outcomes. Account managers and administrators see every user of the
 * clients they may reach; an AR specialist sees their own row only; a client's viewer
 * never (403).
 */
public interface Productivity {

	/** The default period: the trailing 30 days. */
	int DEFAULT_DAYS = 30;

	/**
	 * Every client the caller may reach. Without {@code to} the period ends today;
	 * without {@code from} it starts {@value #DEFAULT_DAYS} days before {@code to}.
	 * @throws io.ardesk.security.ClientAccessDeniedException for a client's viewer
	 */
	ProductivityReport firm(@Nullable LocalDate from, @Nullable LocalDate to);

	/**
	 * One client.
	 * @throws io.ardesk.tenancy.UnknownClientException if the caller may not read it
	 * @throws io.ardesk.security.ClientAccessDeniedException for a client's viewer
	 */
	ProductivityReport client(ClientId client, @Nullable LocalDate from, @Nullable LocalDate to);

}
