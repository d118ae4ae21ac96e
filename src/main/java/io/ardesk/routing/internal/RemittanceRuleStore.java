package io.ardesk.routing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.ardesk.claims.PayerCategory;
import io.ardesk.codes.DenialCategory;
import io.ardesk.routing.PayerOrder;
import io.ardesk.routing.RemittanceRule;
import io.ardesk.routing.RuleAction;
import io.ardesk.routing.RuleCondition;
import io.ardesk.routing.RuleDraft;
import io.ardesk.worklist.WorkStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code remittance_rule} table of the bound client's schema. */
@Component
class RemittanceRuleStore {

	private static final String COLUMNS = "id, name, carcs, group_code, payer_external_id, payer_category, "
			+ "payer_order, min_denied, set_category, assign_to, work_status, next_action_days, document_request, "
			+ "claims_touched, created_by";

	private final JdbcClient jdbc;

	RemittanceRuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RemittanceRule> all() {
		return this.jdbc.sql("select " + COLUMNS + " from remittance_rule order by id")
			.query((rs, n) -> rule(rs))
			.list();
	}

	boolean exists() {
		return this.jdbc.sql("select exists (select 1 from remittance_rule)").query(Boolean.class).single();
	}

	Optional<RemittanceRule> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from remittance_rule where id = :id")
			.param("id", id)
			.query((rs, n) -> rule(rs))
			.optional();
	}

	long insert(RuleDraft draft, String actor, Instant at) {
		return this.jdbc.sql("""
				insert into remittance_rule (name, carcs, group_code, payer_external_id, payer_category, payer_order,
				  min_denied, set_category, assign_to, work_status, next_action_days, document_request, created_by,
				  created_at, updated_at)
				values (:name, :carcs, :group, :payerId, :payerCategory, :payerOrder, :minDenied, :setCategory,
				  :assignTo, :workStatus, :nextActionDays, :documentRequest, :actor, :at, :at)
				returning id
				""")
			.params(params(draft))
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	boolean update(long id, RuleDraft draft, Instant at) {
		return this.jdbc.sql("""
				update remittance_rule set name = :name, carcs = :carcs, group_code = :group,
				  payer_external_id = :payerId, payer_category = :payerCategory, payer_order = :payerOrder,
				  min_denied = :minDenied, set_category = :setCategory, assign_to = :assignTo,
				  work_status = :workStatus, next_action_days = :nextActionDays, document_request = :documentRequest,
				  updated_at = :at, version = version + 1
				where id = :id
				""").params(params(draft)).param("id", id).param("at", Timestamp.from(at)).update() > 0;
	}

	boolean delete(long id) {
		return this.jdbc.sql("delete from remittance_rule where id = :id").param("id", id).update() > 0;
	}

	/**
	 * Adds to the rule's counter in one statement, so concurrent postings never lose a
	 * count.
	 */
	void touched(long id, int claims) {
		this.jdbc.sql("update remittance_rule set claims_touched = claims_touched + :claims where id = :id")
			.param("claims", claims)
			.param("id", id)
			.update();
	}

	private static java.util.Map<String, @Nullable Object> params(RuleDraft draft) {
		RuleCondition when = draft.when();
		RuleAction then = draft.then();
		java.util.Map<String, @Nullable Object> values = new java.util.HashMap<>();
		values.put("name", draft.name().strip());
		values.put("carcs", String.join(",", when.carcs()));
		values.put("group", when.groupCode());
		values.put("payerId", when.payerId());
		values.put("payerCategory", (when.payerCategory() != null) ? when.payerCategory().name() : null);
		values.put("payerOrder", when.payerOrder().name());
		values.put("minDenied", when.minDenied());
		values.put("setCategory", (then.setCategory() != null) ? then.setCategory().name() : null);
		values.put("assignTo", then.assignTo());
		values.put("workStatus", (then.workStatus() != null) ? then.workStatus().name() : null);
		values.put("nextActionDays", then.nextActionDays());
		values.put("documentRequest", then.documentRequest());
		return values;
	}

	private static RemittanceRule rule(ResultSet rs) throws SQLException {
		String payerCategory = rs.getString("payer_category");
		String setCategory = rs.getString("set_category");
		String workStatus = rs.getString("work_status");
		BigDecimal minDenied = rs.getBigDecimal("min_denied");
		RuleCondition when = new RuleCondition(Arrays.asList(rs.getString("carcs").split(",")),
				rs.getString("group_code"), rs.getString("payer_external_id"),
				(payerCategory != null) ? PayerCategory.valueOf(payerCategory) : null,
				PayerOrder.valueOf(rs.getString("payer_order")), minDenied);
		RuleAction then = new RuleAction((setCategory != null) ? DenialCategory.valueOf(setCategory) : null,
				rs.getString("assign_to"), (workStatus != null) ? WorkStatus.valueOf(workStatus) : null,
				rs.getObject("next_action_days", Integer.class), rs.getString("document_request"));
		return new RemittanceRule(rs.getLong("id"), rs.getString("name"), when, then, rs.getLong("claims_touched"),
				rs.getString("created_by"));
	}

}
