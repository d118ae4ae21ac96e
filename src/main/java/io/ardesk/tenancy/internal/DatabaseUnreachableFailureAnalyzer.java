package io.ardesk.tenancy.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one line which database could not be reached and what to start. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
		return new FailureAnalysis("Cannot reach PostgreSQL at " + cause.url(),
				"Start it with 'docker compose -f docker/compose.yaml up -d db', or unset SPRING_DATASOURCE_URL "
						+ "to use the embedded PostgreSQL.",
				cause);
	}

}
