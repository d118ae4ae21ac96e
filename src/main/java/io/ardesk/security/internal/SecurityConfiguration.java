package io.ardesk.security.internal;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.ardesk.security.ui.LoginView;
import io.ardesk.shared.ArdeskSettings;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three ways in. The REST API ({@code /api/**}) is stateless: API tokens
 * ({@code Authorization: Bearer}) for integrations, HTTP Basic for people, problem
 * details for every refusal. Operations ({@code /actuator}, the API documentation) answer
 * health to anyone and the rest to firm administrators; the documentation exists only
 * when enabled. Everything else is the Vaadin portal with its login view, sessions and
 * CSRF. Password sign-ins of the login form and of HTTP Basic go through one
 * {@link PasswordSignIn}: per-address throttle, account lockout.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	/**
	 * Nothing reads traces of the security filters: without this, every filter of every
	 * request still ran inside an observation wrapper (a fifth of an API call's filter
	 * chain in a CPU profile of the ApiLoadBenchmark mix), even with the observations
	 * switched off.
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PasswordSignIn passwordSignIn(AccountUserDetailsService users, PasswordEncoder encoder, AccountLockout lockout,
			AddressThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users::loadUserByUsername);
		passwords.setPasswordEncoder(encoder);
		return new PasswordSignIn(passwords, lockout, throttle);
	}

	/** Before Spring Security: a session that idled out is ended before it is used. */
	@Bean
	FilterRegistrationBean<IdleSignOutFilter> idleSignOutFilter(Clock clock, ArdeskSettings settings) {
		FilterRegistrationBean<IdleSignOutFilter> registration = new FilterRegistrationBean<>(
				new IdleSignOutFilter(clock, settings.security().idleTimeout()));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	/** API calls beyond the limit wait their turn before anything else runs. */
	@Bean
	FilterRegistrationBean<ApiConcurrencyLimit> apiConcurrencyLimit(ArdeskSettings settings,
			ProblemDetailsSecurityHandler problems) {
		ArdeskSettings.Security.ApiConcurrency limit = settings.security().apiConcurrency();
		FilterRegistrationBean<ApiConcurrencyLimit> registration = new FilterRegistrationBean<>(
				new ApiConcurrencyLimit(limit.effectiveMaxRequests(), limit.maxWait(), problems));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, PasswordSignIn passwords, ApiTokenSignIn tokens,
			ProblemDetailsSecurityHandler problems, CallerContexts contexts) throws Exception {
		return http.securityMatcher("/api/**")
			.authenticationManager(manager(passwords))
			.authorizeHttpRequests(PracticeApiPaths::authorize)
			.addFilterBefore(new ApiTokenFilter(tokens, problems, contexts.strategy()), BasicAuthenticationFilter.class)
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operationsSecurity(HttpSecurity http, PasswordSignIn passwords,
			ProblemDetailsSecurityHandler problems, ArdeskSettings settings) throws Exception {
		http.securityMatcher(operationsPaths())
			.authenticationManager(manager(passwords))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health/**", "/actuator/health")
				.permitAll()
				// "/error" is where the container forwards a failed API call: it must
				// answer
				// the failure (problem details), not a login challenge.
				.requestMatchers("/error")
				.permitAll()
				.requestMatchers(API_DOCS)
				.permitAll()
				.anyRequest()
				.hasRole("FIRM_ADMIN"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		if (!settings.security().apiDocs()) {
			http.addFilterBefore(new ClosedApiDocs(problems), BasicAuthenticationFilter.class);
		}
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain portalSecurity(HttpSecurity http, PasswordSignIn passwords) throws Exception {
		http.authenticationManager(manager(passwords));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/templates/**").authenticated());
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class));
		http.formLogin((form) -> form.failureHandler(new SignInFailurePage()));
		return http.build();
	}

	private static String[] operationsPaths() {
		String[] paths = new String[API_DOCS.length + 2];
		paths[0] = "/actuator/**";
		paths[1] = "/error";
		System.arraycopy(API_DOCS, 0, paths, 2, API_DOCS.length);
		return paths;
	}

	private static AuthenticationManager manager(PasswordSignIn passwords) {
		return new ProviderManager(passwords);
	}

}
