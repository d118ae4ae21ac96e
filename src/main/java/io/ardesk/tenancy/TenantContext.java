package io.ardesk.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.MDC;

/**
 * The client practice whose schema the current unit of work reads and writes. Bound for
 * the extent of a call (a scoped value, never a leaking thread-local): services bind it
 * before their transaction opens, jobs bind it from their client id argument.
 */
public final class TenantContext {

	private static final ScopedValue<ClientId> CURRENT = ScopedValue.newInstance();

	private TenantContext() {
	}

	public static Optional<ClientId> current() {
		return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
	}

	public static void runAs(ClientId client, Runnable work) {
		callAs(client, () -> {
			work.run();
			return null;
		});
	}

	public static <T> T callAs(ClientId client, Supplier<T> work) {
		String previous = MDC.get("tenant");
		MDC.put("tenant", client.value());
		try {
			return ScopedValue.where(CURRENT, client).call(work::get);
		}
		finally {
			if (previous == null) {
				MDC.remove("tenant");
			}
			else {
				MDC.put("tenant", previous);
			}
		}
	}

}
