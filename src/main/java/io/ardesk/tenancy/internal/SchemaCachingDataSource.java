package io.ardesk.tenancy.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool as everything uses it, without the three round trips Hibernate makes for the
 * schema of every session (read the schema, set the client's, set the first one back on
 * release). Each pooled connection remembers the schema its session really has; a
 * borrower's {@code getSchema} and {@code setSchema} only change what it <em>wants</em>,
 * and the wanted schema is set on the server before the borrower's first statement when
 * it differs from the real one. A borrower that asks for nothing wants the pool's first
 * schema, exactly as before: a connection never carries one client's schema to the next
 * borrower's statements.
 * <p>
 * Whatever could change the real schema behind this class's back makes it forget the real
 * schema, so that the next borrower sets it again: a rollback of a transaction in which
 * it was set (PostgreSQL undoes a {@code SET} with its transaction), a close with that
 * transaction still open (the pool rolls it back), and any borrower that handles the
 * schema itself — a plain {@code Statement} or a call (their SQL is not seen), SQL naming
 * {@code search_path}, {@code RESET} or {@code DISCARD}, or the raw connection taken with
 * {@code unwrap}. From such a call on, that borrower's schema calls go straight to the
 * server, as without this class.
 */
final class SchemaCachingDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Pattern SESSION_SQL = Pattern.compile(
			"search_path|\\bdiscard\\b|\\breset\\b|set\\s+(session\\s+)?(schema|role|authorization)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Verdicts of {@link #SESSION_SQL} by statement text (the portal prepares a bounded
	 * set of texts; past the bound the pattern is asked each time).
	 */
	private static final Map<String, Boolean> SESSION_SQL_SEEN = new ConcurrentHashMap<>();

	private static final int SEEN_MAX = 20_000;

	/** Per physical connection (the pool's own object, alive as long as it). */
	private final Map<Connection, SchemaState> states = Collections.synchronizedMap(new WeakHashMap<>());

	static boolean namesSession(String sql) {
		Boolean seen = SESSION_SQL_SEEN.get(sql);
		if (seen == null) {
			seen = SESSION_SQL.matcher(sql).find();
			if (SESSION_SQL_SEEN.size() < SEEN_MAX) {
				SESSION_SQL_SEEN.put(sql, seen);
			}
		}
		return seen;
	}

	SchemaCachingDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return borrowed(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return borrowed(obtainTargetDataSource().getConnection(username, password));
	}

	/** Closes the pool when Spring closes this bean. */
	@Override
	public void close() throws Exception {
		if (obtainTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	private Connection borrowed(Connection pooled) throws SQLException {
		Connection physical = pooled.isWrapperFor(Connection.class) ? pooled.unwrap(Connection.class) : pooled;
		SchemaState state = this.states.get(physical);
		if (state == null) {
			String first = pooled.getSchema();
			state = new SchemaState(first);
			this.states.put(physical, state);
		}
		return (Connection) Proxy.newProxyInstance(SchemaCachingDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new Borrower(pooled, physical, state));
	}

	/**
	 * What one physical connection's session has: {@code actual} is the schema set on the
	 * server, null when unknown.
	 */
	static final class SchemaState {

		final String first;

		volatile @Nullable String actual;

		SchemaState(String first) {
			this.first = first;
			this.actual = first;
		}

	}

	/** One borrowing of a connection, from the pool's getConnection to close. */
	private static final class Borrower implements InvocationHandler {

		private final Connection pooled;

		/**
		 * The driver's connection: the schema is set on it directly (the pool's own
		 * {@code setSchema} asks the server for the schema again afterwards, a second
		 * round trip; the pool resets no schema, none being configured).
		 */
		private final Connection physical;

		private final SchemaState state;

		private String wanted;

		/** The schema was set inside a transaction that has not committed yet. */
		private boolean setInTransaction;

		/** The borrower handles the schema itself: no more caching for this borrowing. */
		private boolean untracked;

		Borrower(Connection pooled, Connection physical, SchemaState state) {
			this.pooled = pooled;
			this.physical = physical;
			this.state = state;
			this.wanted = state.first;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			String name = method.getName();
			switch (name) {
				case "getSchema" -> {
					if (!this.untracked) {
						return this.wanted;
					}
				}
				case "setSchema" -> {
					if (!this.untracked && args != null && args[0] instanceof String schema) {
						this.wanted = schema;
						return null;
					}
					this.state.actual = null;
				}
				case "prepareStatement" -> {
					sync();
					if (args != null && args[0] instanceof String sql && namesSession(sql)) {
						untrack();
					}
				}
				case "createStatement", "prepareCall", "unwrap" -> {
					sync();
					untrack();
				}
				case "nativeSQL", "getMetaData" -> sync();
				case "commit" -> {
					Object result = call(method, args);
					this.setInTransaction = false;
					return result;
				}
				case "rollback", "abort" -> {
					if (this.setInTransaction || this.untracked) {
						this.state.actual = null;
					}
					this.setInTransaction = false;
				}
				case "setAutoCommit" -> {
					// switching auto-commit on commits the open transaction
					if (Boolean.TRUE.equals(args[0]) && !this.pooled.getAutoCommit()) {
						Object result = call(method, args);
						this.setInTransaction = false;
						return result;
					}
				}
				case "close" -> {
					if (this.untracked
							|| (this.setInTransaction && !this.pooled.isClosed() && !this.pooled.getAutoCommit())) {
						this.state.actual = null;
					}
				}
				case "equals" -> {
					return proxy == args[0];
				}
				case "hashCode" -> {
					return System.identityHashCode(proxy);
				}
				case "toString" -> {
					return "schema-caching " + this.pooled;
				}
				default -> {
				}
			}
			return call(method, args);
		}

		private void sync() throws SQLException {
			if (this.untracked || Objects.equals(this.wanted, this.state.actual)) {
				return;
			}
			// unknown until the server confirmed it
			this.state.actual = null;
			this.physical.setSchema(this.wanted);
			this.state.actual = this.wanted;
			if (!this.pooled.getAutoCommit()) {
				this.setInTransaction = true;
			}
		}

		private void untrack() {
			this.untracked = true;
			this.state.actual = null;
		}

		private @Nullable Object call(Method method, @Nullable Object[] args) throws Throwable {
			try {
				return method.invoke(this.pooled, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
