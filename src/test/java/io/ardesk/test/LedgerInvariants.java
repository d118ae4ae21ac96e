package io.ardesk.test;

import java.util.List;

import io.ardesk.housekeeping.ClientCheck;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every claim of a ledger keeps, checked with SQL of their own after a
 * scenario: balances add up to the billed amount, what is denied lies within the
 * insurance balance, the posting journal adds up to the balances, and no balance is below
 * zero unless it is listed as a credit balance for refund review. The nightly consistency
 * check must agree.
 */
public final class LedgerInvariants {

	private LedgerInvariants() {
	}

	public static void assertHold(ClientId client, JdbcClient jdbc, TransactionTemplate transaction,
			List<ClientCheck> checks) {
		TenantContext.runAs(client, () -> transaction.executeWithoutResult((status) -> {
			assertThat(claims(jdbc,
					"c.billed <> c.payer_paid + c.patient_paid + c.contractual + c.other_adjusted "
							+ "+ c.written_off + c.insurance_balance + c.patient_balance"))
				.as("claims whose balances do not add up to the billed amount")
				.isEmpty();
			assertThat(claims(jdbc, "c.denied_open < 0 or c.denied_open > greatest(c.insurance_balance, 0)"))
				.as("claims with a denied amount outside the insurance balance")
				.isEmpty();
			assertThat(jdbc.sql("""
					select c.claim_number from claim c left join (select claim_id, sum(billed) b, sum(payer_paid) pp,
					sum(patient_paid) tp, sum(contractual) co, sum(other_adjusted) oa, sum(written_off) wo,
					sum(insurance_balance) ib, sum(patient_balance) pb, sum(denied_open) dn
					from claim_journal group by claim_id) j on j.claim_id = c.id
					where j.claim_id is null or j.b <> c.billed or j.pp <> c.payer_paid or j.tp <> c.patient_paid
					or j.co <> c.contractual or j.oa <> c.other_adjusted or j.wo <> c.written_off
					or j.ib <> c.insurance_balance or j.pb <> c.patient_balance or j.dn <> c.denied_open
					""").query(String.class).list()).as("claims whose journal does not add up to their balances")
				.isEmpty();
			assertThat(claims(jdbc,
					"exists (select 1 from claim_journal j where j.claim_id = c.id "
							+ "and j.effective_date < c.opened_on)"))
				.as("claims with journal rows dated before they went on the books")
				.isEmpty();
			assertThat(claims(jdbc, "(c.insurance_balance < 0 and not exists (select 1 from credit_balance f "
					+ "where f.claim_id = c.id and f.owed_to = 'INSURANCE' and f.status = 'OPEN')) or "
					+ "(c.patient_balance < 0 and not exists (select 1 from credit_balance f where f.claim_id = c.id "
					+ "and f.owed_to = 'PATIENT' and f.status = 'OPEN'))"))
				.as("claims with a negative balance not listed as a credit balance")
				.isEmpty();
			for (ClientCheck check : checks) {
				ClientCheck.Result result = check.check();
				assertThat(result.problemsFound()).as(result.summary()).isZero();
			}
		}));
	}

	private static List<String> claims(JdbcClient jdbc, String condition) {
		return jdbc.sql("select c.claim_number from claim c where " + condition).query(String.class).list();
	}

}
