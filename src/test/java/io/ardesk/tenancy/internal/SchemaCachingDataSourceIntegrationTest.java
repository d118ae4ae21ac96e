package io.ardesk.tenancy.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ardesk.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool that sets a session's schema only when it changes: on one pooled connection
 * (so that every borrowing gets the same session), each borrower's statements run in the
 * schema it asked for — or in the pool's first schema when it asked for none — whatever
 * the borrower before it left, and the server is asked only when the schema changes.
 */
class SchemaCachingDataSourceIntegrationTest {

	HikariDataSource pool;

	/** Counts what reaches the pooled connection. */
	final AtomicInteger schemaSets = new AtomicInteger();

	final AtomicInteger schemaReads = new AtomicInteger();

	SchemaCachingDataSource dataSource;

	@BeforeEach
	void onePooledConnection() throws SQLException {
		TestDatabase.Database database = TestDatabase.fresh();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.url());
		config.setUsername(database.username());
		config.setPassword(database.password());
		config.setMaximumPoolSize(1);
		this.pool = new HikariDataSource(config);
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			for (String schema : new String[] { "client_a", "client_b" }) {
				statement.execute("create schema " + schema);
				statement.execute("create table " + schema + ".marker (owner varchar(20))");
				statement.execute("insert into " + schema + ".marker values ('" + schema + "')");
			}
		}
		this.dataSource = new SchemaCachingDataSource(counting(this.pool));
	}

	@AfterEach
	void closePool() {
		this.pool.close();
	}

	@Test
	void aSessionForTheSameClientAgainAndAgainSetsTheSchemaOnce() throws SQLException {
		for (int i = 0; i < 10; i++) {
			assertThat(hibernateLikeSession("client_a", false)).isEqualTo("client_a");
		}
		assertThat(this.schemaSets).as("SET search_path sent").hasValue(1);
		assertThat(this.schemaReads).as("current_schema() asked").hasValue(1);
	}

	@Test
	void aBorrowerThatAsksForNoSchemaNeverSeesTheClientOfTheOneBefore() throws SQLException {
		assertThat(hibernateLikeSession("client_a", false)).isEqualTo("client_a");
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(currentSchema(connection)).isEqualTo("public");
			assertThat(markerOrMissing(connection)).isEqualTo("no marker table");
		}
		assertThat(hibernateLikeSession("client_b", false)).isEqualTo("client_b");
		assertThat(hibernateLikeSession("client_a", false)).isEqualTo("client_a");
	}

	@Test
	void aRolledBackTransactionThatSetTheSchemaMakesTheNextBorrowerSetItAgain() throws SQLException {
		assertThat(hibernateLikeSession("client_a", true)).isEqualTo("client_a");
		// PostgreSQL undid the SET with the transaction: the session is back in public
		int sets = this.schemaSets.get();
		assertThat(hibernateLikeSession("client_a", false)).isEqualTo("client_a");
		assertThat(this.schemaSets.get()).isEqualTo(sets + 1);
	}

	@Test
	void aBorrowerThatSetsTheSearchPathItselfIsNotOverruledAndDoesNotMisleadTheNext() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set search_path to client_b");
			}
			try (PreparedStatement statement = connection.prepareStatement("select owner from marker");
					ResultSet rs = statement.executeQuery()) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("client_b");
			}
		}
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(currentSchema(connection)).isEqualTo("public");
		}
		assertThat(hibernateLikeSession("client_b", false)).isEqualTo("client_b");
	}

	@Test
	void aPreparedSetOfTheSearchPathIsSeenToo() throws SQLException {
		assertThat(hibernateLikeSession("client_a", false)).isEqualTo("client_a");
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setSchema("client_a");
			try (PreparedStatement statement = connection
				.prepareStatement("select set_config('search_path', 'client_b', false)")) {
				statement.execute();
			}
		}
		assertThat(hibernateLikeSession("client_a", false)).isEqualTo("client_a");
	}

	@Test
	void aRawConnectionTakenWithUnwrapGetsTheWantedSchemaAndIsNotTrustedAfterwards() throws SQLException {
		assertThat(hibernateLikeSession("client_a", false)).isEqualTo("client_a");
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setSchema("client_b");
			Connection raw = connection.unwrap(Connection.class);
			assertThat(currentSchema(raw)).isEqualTo("client_b");
			try (Statement statement = raw.createStatement()) {
				statement.execute("set search_path to client_a");
			}
		}
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(currentSchema(connection)).isEqualTo("public");
		}
	}

	/**
	 * What Hibernate does for a session of a schema-per-tenant factory: read the schema,
	 * set the tenant's, work in a transaction, set the first schema back, close.
	 */
	private String hibernateLikeSession(String schema, boolean rollback) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String initial = connection.getSchema();
			connection.setSchema(schema);
			connection.setAutoCommit(false);
			String owner = markerOrMissing(connection);
			if (rollback) {
				connection.rollback();
			}
			else {
				connection.commit();
			}
			connection.setAutoCommit(true);
			connection.setSchema(initial);
			return owner;
		}
	}

	private static String markerOrMissing(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select owner from marker");
				ResultSet rs = statement.executeQuery()) {
			return rs.next() ? rs.getString(1) : "no row";
		}
		catch (SQLException ex) {
			if ("42P01".equals(ex.getSQLState())) {
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
				return "no marker table";
			}
			throw ex;
		}
	}

	private static String currentSchema(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select current_schema()");
				ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getString(1);
		}
	}

	/**
	 * The pool's connections and the driver's connections behind them (one per physical
	 * connection, as {@code unwrap} gives it), counting the schema reads and sets on
	 * each.
	 */
	private DataSource counting(DataSource target) {
		Map<Connection, Connection> drivers = new IdentityHashMap<>();
		return new DelegatingDataSource(target) {

			@Override
			public Connection getConnection() throws SQLException {
				Connection pooled = super.getConnection();
				return countingProxy(pooled, (method, args) -> {
					if (method.getName().equals("unwrap") && args[0] == Connection.class) {
						Connection driver = pooled.unwrap(Connection.class);
						return drivers.computeIfAbsent(driver, (key) -> countingProxy(key, (m, a) -> null));
					}
					return null;
				});
			}

		};
	}

	/**
	 * A call a counting proxy answers itself: a non-null answer replaces the target's.
	 */
	interface Answer {

		Object answer(java.lang.reflect.Method method, Object[] args) throws SQLException;

	}

	private Connection countingProxy(Connection target, Answer own) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("setSchema")) {
						this.schemaSets.incrementAndGet();
					}
					else if (method.getName().equals("getSchema")) {
						this.schemaReads.incrementAndGet();
					}
					Object answer = own.answer(method, args);
					if (answer != null) {
						return answer;
					}
					try {
						return method.invoke(target, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
