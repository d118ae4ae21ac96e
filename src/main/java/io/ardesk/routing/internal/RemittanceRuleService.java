package io.ardesk.routing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.claims.DenialCategoryOverride;
import io.ardesk.routing.RemittanceRule;
import io.ardesk.routing.RemittanceRuleNotFoundException;
import io.ardesk.routing.RemittanceRules;
import io.ardesk.routing.RuleAction;
import io.ardesk.routing.RuleDraft;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.RoutedWork;
import io.ardesk.worklist.WorkRouting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rules and runs them at posting. For each claim payment of the import the
 * first rule (oldest first) whose condition holds acts on its claim, once per claim per
 * import; each rule's counter then grows by the claims it touched.
 */
@Service
class RemittanceRuleService implements RemittanceRules {

	private static final Set<Role> WRITERS = Set.of(Role.ACCOUNT_MANAGER, Role.FIRM_ADMIN);

	private final RemittanceRuleStore store;

	private final RuleValidator validator;

	private final PostedAdjustments posted;

	private final DenialCategoryOverride categories;

	private final WorkRouting routing;

	private final ClientAccess access;

	private final ClientTeam team;

	private final Clock clock;

	RemittanceRuleService(RemittanceRuleStore store, RuleValidator validator, PostedAdjustments posted,
			DenialCategoryOverride categories, WorkRouting routing, ClientAccess access, ClientTeam team, Clock clock) {
		this.store = store;
		this.validator = validator;
		this.posted = posted;
		this.categories = categories;
		this.routing = routing;
		this.access = access;
		this.team = team;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<RemittanceRule> rules(ClientId client) {
		if (this.access.currentUser().map((user) -> !user.role().isStaff()).orElse(false)) {
			throw new ClientAccessDeniedException("Only the firm's staff see remittance rules");
		}
		return this.store.all();
	}

	@Override
	@ChangesClient
	@Transactional
	public RemittanceRule create(ClientId client, RuleDraft draft) {
		CurrentUser user = requireManager();
		long id = this.store.insert(this.validator.normalized(draft, assignable(client)), user.username(),
				this.clock.instant());
		return this.store.find(id).orElseThrow(() -> new RemittanceRuleNotFoundException(id));
	}

	@Override
	@ChangesClient
	@Transactional
	public RemittanceRule update(ClientId client, long id, RuleDraft draft) {
		requireManager();
		RuleDraft valid = this.validator.normalized(draft, assignable(client));
		if (!this.store.update(id, valid, this.clock.instant())) {
			throw new RemittanceRuleNotFoundException(id);
		}
		return this.store.find(id).orElseThrow(() -> new RemittanceRuleNotFoundException(id));
	}

	@Override
	@ChangesClient
	@Transactional
	public void delete(ClientId client, long id) {
		requireManager();
		if (!this.store.delete(id)) {
			throw new RemittanceRuleNotFoundException(id);
		}
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public boolean rulesExist(ClientId client) {
		return this.store.exists();
	}

	@Override
	@ChangesClient
	@Transactional
	public int applyToImport(ClientId client, long importId) {
		List<RemittanceRule> rules = this.store.all();
		if (rules.isEmpty()) {
			return 0;
		}
		Map<Long, Set<Long>> touched = new HashMap<>();
		Set<Long> done = new LinkedHashSet<>();
		for (PostedAdjustments.Payment payment : this.posted.of(importId)) {
			if (done.contains(payment.claimId())) {
				continue;
			}
			RemittanceRule rule = rules.stream()
				.filter((candidate) -> RuleMatch.matches(candidate, payment))
				.findFirst()
				.orElse(null);
			if (rule != null) {
				act(client, payment.claimId(), rule);
				done.add(payment.claimId());
				touched.computeIfAbsent(rule.id(), (id) -> new LinkedHashSet<>()).add(payment.claimId());
			}
		}
		touched.forEach((rule, claims) -> this.store.touched(rule, claims.size()));
		return done.size();
	}

	private void act(ClientId client, long claimId, RemittanceRule rule) {
		RuleAction then = rule.then();
		String why = "remittance rule '" + rule.name() + "'";
		// The rule acts for the firm, whoever posted the file.
		SystemActor.run(() -> {
			if (then.setCategory() != null) {
				this.categories.setDenialCategory(client, claimId, then.setCategory(), why);
			}
			if (then.assignTo() != null || then.workStatus() != null || then.nextActionDays() != null
					|| then.documentRequest() != null) {
				this.routing.route(client, claimId, new RoutedWork(then.assignTo(), then.workStatus(),
						then.nextActionDays(), then.documentRequest()), rule.name());
			}
		});
	}

	private CurrentUser requireManager() {
		CurrentUser user = this.access.currentUser().orElse(null);
		if (user == null || !WRITERS.contains(user.role())) {
			throw new ClientAccessDeniedException("Only account managers and firm administrators write rules");
		}
		return user;
	}

	private List<String> assignable(ClientId client) {
		List<String> people = new ArrayList<>(this.team.specialistsOf(client));
		people.addAll(this.team.accountManagersOf(client));
		return people;
	}

}
