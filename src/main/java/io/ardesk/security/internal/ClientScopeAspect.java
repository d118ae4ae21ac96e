package io.ardesk.security.internal;

import io.ardesk.security.ClientAccess;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Enforces {@code @ReadsClient} and {@code @ChangesClient}: checks the caller's right to
 * the client named by the method's first argument, then binds that client's schema. Runs
 * before the transaction advice, so the transaction opens on the right schema.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ClientScopeAspect {

	private final ClientAccess access;

	ClientScopeAspect(ClientAccess access) {
		this.access = access;
	}

	@Around("@annotation(io.ardesk.security.ReadsClient)")
	Object reading(ProceedingJoinPoint call) throws Throwable {
		ClientId client = clientOf(call);
		this.access.requireRead(client);
		return bound(client, call);
	}

	@Around("@annotation(io.ardesk.security.ChangesClient)")
	Object changing(ProceedingJoinPoint call) throws Throwable {
		ClientId client = clientOf(call);
		this.access.requireWrite(client);
		return bound(client, call);
	}

	private static Object bound(ClientId client, ProceedingJoinPoint call) throws Throwable {
		var current = TenantContext.current();
		if (current.isPresent() && current.get().equals(client)) {
			return call.proceed();
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// An open transaction is already bound to another schema: switching now would
			// mix
			// two clients' data in one unit of work.
			throw new IllegalStateException("A client operation may not start inside another transaction");
		}
		try {
			return TenantContext.callAs(client, () -> {
				try {
					return call.proceed();
				}
				catch (RuntimeException | Error ex) {
					throw ex;
				}
				catch (Throwable ex) {
					throw new WrappedCheckedException(ex);
				}
			});
		}
		catch (WrappedCheckedException ex) {
			throw ex.getCause();
		}
	}

	private static ClientId clientOf(ProceedingJoinPoint call) {
		Object[] args = call.getArgs();
		if (args.length == 0 || !(args[0] instanceof ClientId client)) {
			throw new IllegalStateException(call.getSignature() + " must take the ClientId as first argument");
		}
		return client;
	}

	private static final class WrappedCheckedException extends RuntimeException {

		WrappedCheckedException(Throwable cause) {
			super(cause);
		}

	}

}
