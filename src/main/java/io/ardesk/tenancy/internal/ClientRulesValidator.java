package io.ardesk.tenancy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.ardesk.tenancy.BillingContact;
import io.ardesk.tenancy.Cadences;
import io.ardesk.tenancy.ClientRules;
import io.ardesk.tenancy.FollowUpPolicy;
import io.ardesk.tenancy.ProviderIdentifiers;
import io.ardesk.tenancy.ReportDelivery;
import io.ardesk.tenancy.StatementPolicy;
import io.ardesk.tenancy.TrendRules;
import org.jspecify.annotations.Nullable;

/**
 * Validates the optional rule blocks of a client file, filling in the documented default
 * of every key left out and naming the key that is wrong.
 */
final class ClientRulesValidator {

	private static final Pattern NPI = Pattern.compile("\\d{10}");

	private static final Pattern TAX_ID = Pattern.compile("\\d{2}-?\\d{7}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final ClientConfigValidator fields;

	ClientRulesValidator(ClientConfigValidator fields) {
		this.fields = fields;
	}

	ProviderIdentifiers providers(ClientConfigFile config) {
		List<String> npis = matching("npis", config.npis(), NPI, "a ten-digit NPI");
		List<String> taxIds = matching("taxIds", config.taxIds(), TAX_ID, "a nine-digit tax id (EIN), e.g. 84-1234567");
		return new ProviderIdentifiers(npis, taxIds);
	}

	ClientRules rules(ClientConfigFile config) {
		ClientRules defaults = ClientRules.defaults();
		BigDecimal smallBalance = (config.smallBalanceLimit() != null)
				? money("smallBalanceLimit", config.smallBalanceLimit()) : defaults.smallBalanceLimit();
		return new ClientRules(smallBalance, followUp(config.followUp()), cadences(config.cadences()),
				trends(config.trendRules()), statements(config.statements()), billing(config.billing()),
				reports(config.reports()));
	}

	private FollowUpPolicy followUp(ClientConfigFile.@Nullable FollowUp block) {
		FollowUpPolicy d = FollowUpPolicy.defaults();
		if (block == null) {
			return d;
		}
		return new FollowUpPolicy(days("followUp.deadlineGraceDays", block.deadlineGraceDays(), d.deadlineGraceDays()),
				days("followUp.deadlineAlertDays", block.deadlineAlertDays(), d.deadlineAlertDays()),
				days("followUp.noResponseDays", block.noResponseDays(), d.noResponseDays()),
				days("followUp.secondaryAfterDays", block.secondaryAfterDays(), d.secondaryAfterDays()),
				(block.billsSecondary() != null) ? block.billsSecondary() : d.billsSecondary());
	}

	private Cadences cadences(ClientConfigFile.@Nullable CadenceBlock block) {
		if (block == null) {
			return Cadences.none();
		}
		Map<String, Integer> byPayer = new LinkedHashMap<>();
		if (block.byPayer() != null) {
			block.byPayer().forEach((payer, days) -> byPayer.put(payer, positive("cadences.byPayer." + payer, days)));
		}
		return new Cadences(optionalPositive("cadences.highValueDays", block.highValueDays()),
				optionalPositive("cadences.clientDays", block.clientDays()), byPayer);
	}

	private TrendRules trends(ClientConfigFile.@Nullable Trends block) {
		TrendRules d = TrendRules.defaults();
		if (block == null) {
			return d;
		}
		BigDecimal factor = (block.denialRateFactor() != null) ? block.denialRateFactor() : d.denialRateFactor();
		if (factor.compareTo(BigDecimal.ONE) <= 0) {
			throw this.fields.invalid("trendRules.denialRateFactor", "must be greater than 1");
		}
		return new TrendRules(days("trendRules.repeatedDenials", block.repeatedDenials(), d.repeatedDenials()),
				days("trendRules.repeatedDenialsDays", block.repeatedDenialsDays(), d.repeatedDenialsDays()), factor,
				days("trendRules.denialRateBaselineDays", block.denialRateBaselineDays(), d.denialRateBaselineDays()),
				days("trendRules.underpayments", block.underpayments(), d.underpayments()),
				days("trendRules.underpaymentDays", block.underpaymentDays(), d.underpaymentDays()),
				(block.underpaymentTolerance() != null)
						? money("trendRules.underpaymentTolerance", block.underpaymentTolerance())
						: d.underpaymentTolerance(),
				days("trendRules.documentWaits", block.documentWaits(), d.documentWaits()),
				days("trendRules.documentWaitDays", block.documentWaitDays(), d.documentWaitDays()));
	}

	private StatementPolicy statements(ClientConfigFile.@Nullable Statements block) {
		StatementPolicy d = StatementPolicy.defaults();
		if (block == null) {
			return d;
		}
		int cycleDay = (block.cycleDay() != null) ? block.cycleDay() : d.cycleDay();
		if (cycleDay < 1 || cycleDay > 28) {
			throw this.fields.invalid("statements.cycleDay", "must be a day of the month from 1 to 28");
		}
		return new StatementPolicy(days("statements.dueDays", block.dueDays(), d.dueDays()),
				days("statements.reminderAfterDays", block.reminderAfterDays(), d.reminderAfterDays()),
				days("statements.finalNoticeAfterDays", block.finalNoticeAfterDays(), d.finalNoticeAfterDays()),
				days("statements.collectionsWaitDays", block.collectionsWaitDays(), d.collectionsWaitDays()),
				(block.minimumBalance() != null) ? money("statements.minimumBalance", block.minimumBalance())
						: d.minimumBalance(),
				cycleDay);
	}

	private BillingContact billing(ClientConfigFile.@Nullable Billing block) {
		if (block == null) {
			return BillingContact.none();
		}
		return new BillingContact(text("billing.address", block.address(), 500),
				text("billing.phone", block.phone(), 40), text("billing.contact", block.contact(), 200),
				url("billing.paymentUrl", block.paymentUrl()),
				text("billing.payByPhoneHours", block.payByPhoneHours(), 200),
				text("billing.checksPayableTo", block.checksPayableTo(), 200),
				text("billing.remitAddress", block.remitAddress(), 500));
	}

	private ReportDelivery reports(ClientConfigFile.@Nullable Reports block) {
		ReportDelivery d = ReportDelivery.defaults();
		if (block == null) {
			return d;
		}
		List<String> recipients = matching("reports.recipients", block.recipients(), EMAIL, "an e-mail address");
		ReportDelivery.Frequency frequency = d.frequency();
		if (block.frequency() != null) {
			try {
				frequency = ReportDelivery.Frequency.valueOf(block.frequency());
			}
			catch (IllegalArgumentException ex) {
				throw this.fields.invalid("reports.frequency", "must be WEEKLY, MONTHLY or WEEKLY_AND_MONTHLY");
			}
		}
		int delay = (block.delayDays() != null) ? block.delayDays() : d.delayDays();
		if (delay < 0 || delay > 28) {
			throw this.fields.invalid("reports.delayDays", "must be from 0 to 28");
		}
		return new ReportDelivery(recipients, frequency, delay);
	}

	private List<String> matching(String field, @Nullable List<String> values, Pattern pattern, String what) {
		List<String> result = new ArrayList<>();
		if (values == null) {
			return result;
		}
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value == null || !pattern.matcher(value.trim()).matches()) {
				throw this.fields.invalid(field + "[" + i + "]", "must be " + what);
			}
			result.add(value.trim());
		}
		return List.copyOf(result);
	}

	private int days(String field, @Nullable Integer value, int fallback) {
		return (value != null) ? positive(field, value) : fallback;
	}

	private int positive(String field, @Nullable Integer value) {
		if (value == null || value <= 0) {
			throw this.fields.invalid(field, "must be a positive whole number");
		}
		return value;
	}

	private @Nullable Integer optionalPositive(String field, @Nullable Integer value) {
		return (value != null) ? positive(field, value) : null;
	}

	private BigDecimal money(String field, BigDecimal value) {
		if (value.signum() < 0 || value.scale() > 2) {
			throw this.fields.invalid(field, "must be an amount of zero or more with at most two decimals");
		}
		return value.setScale(2);
	}

	private @Nullable String text(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > max) {
			throw this.fields.invalid(field, "must be at most " + max + " characters");
		}
		return value.strip();
	}

	private @Nullable String url(String field, @Nullable String value) {
		String text = text(field, value, 500);
		if (text != null && !text.startsWith("https://") && !text.startsWith("http://")) {
			throw this.fields.invalid(field, "must start with https://");
		}
		return text;
	}

}
