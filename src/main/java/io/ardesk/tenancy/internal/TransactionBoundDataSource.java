package io.ardesk.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;

import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The data source the JDBC templates use. Inside a transaction they never ask it for a
 * connection: they use the transaction's, which Hibernate bound to the client's schema
 * when the transaction opened (this proxy unwraps to the real data source, so Spring
 * finds that connection). Asked for a connection while a client is bound, the caller runs
 * outside any transaction and would read no client's schema (or the wrong one): that is a
 * programming error, refused at once. Without a bound client (the control schema's work)
 * connections pass through.
 */
final class TransactionBoundDataSource extends DelegatingDataSource implements InfrastructureProxy {

	TransactionBoundDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		refuseWithoutTransaction();
		return super.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		refuseWithoutTransaction();
		return super.getConnection(username, password);
	}

	@Override
	public Object getWrappedObject() {
		return obtainTargetDataSource();
	}

	private static void refuseWithoutTransaction() {
		ClientId client = TenantContext.current().orElse(null);
		if (client != null) {
			throw new IllegalStateException("JDBC work for client " + client
					+ " outside a transaction: it would not run in the client's schema. "
					+ "Make the calling service method @Transactional.");
		}
	}

}
