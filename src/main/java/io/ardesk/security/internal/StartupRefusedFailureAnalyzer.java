package io.ardesk.security.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused start-up in its own words, without a stack trace. */
class StartupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartupRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
