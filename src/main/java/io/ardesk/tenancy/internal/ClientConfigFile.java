package io.ardesk.tenancy.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The YAML shape of one client practice file, exactly as written;
 * {@link ClientConfigValidator} turns it into a profile. Every field is nullable here so
 * that a missing one is reported by name.
 */
record ClientConfigFile(@Nullable String id, @Nullable String name, @Nullable String specialty, @Nullable String schema,
		@Nullable String timeZone, @Nullable String agingBasis, @Nullable Sla sla,
		@Nullable BigDecimal highValueThreshold, @Nullable List<PayerOverride> payerOverrides,
		@Nullable Map<String, BigDecimal> workQueueWeights, @Nullable Assignment assignment, @Nullable Boolean demo,
		@Nullable List<String> npis, @Nullable List<String> taxIds, @Nullable BigDecimal smallBalanceLimit,
		@Nullable FollowUp followUp, @Nullable CadenceBlock cadences, @Nullable Trends trendRules,
		@Nullable Statements statements, @Nullable Billing billing, @Nullable Reports reports) {

	record Assignment(@Nullable String rule, @Nullable Map<String, String> byPayer) {
	}

	record Sla(@Nullable Integer daysInArTarget, @Nullable BigDecimal maxPercentOver90,
			@Nullable Integer touchCadenceDays, @Nullable Integer escalationAcknowledgeHours,
			@Nullable Integer escalationResolveDays, @Nullable BigDecimal touchedWithinCadencePercent,
			@Nullable Integer denialFirstTouchDays, @Nullable BigDecimal maxOverduePercent) {
	}

	record PayerOverride(@Nullable String payerId, @Nullable Integer timelyFilingDays, @Nullable Integer appealDays,
			@Nullable Integer responseDays, @Nullable Integer noResponseDays) {
	}

	record FollowUp(@Nullable Integer deadlineGraceDays, @Nullable Integer deadlineAlertDays,
			@Nullable Integer noResponseDays, @Nullable Integer secondaryAfterDays, @Nullable Boolean billsSecondary) {
	}

	record CadenceBlock(@Nullable Integer highValueDays, @Nullable Integer clientDays,
			@Nullable Map<String, Integer> byPayer) {
	}

	record Trends(@Nullable Integer repeatedDenials, @Nullable Integer repeatedDenialsDays,
			@Nullable BigDecimal denialRateFactor, @Nullable Integer denialRateBaselineDays,
			@Nullable Integer underpayments, @Nullable Integer underpaymentDays,
			@Nullable BigDecimal underpaymentTolerance, @Nullable Integer documentWaits,
			@Nullable Integer documentWaitDays) {
	}

	record Statements(@Nullable Integer dueDays, @Nullable Integer reminderAfterDays,
			@Nullable Integer finalNoticeAfterDays, @Nullable Integer collectionsWaitDays,
			@Nullable BigDecimal minimumBalance, @Nullable Integer cycleDay) {
	}

	record Billing(@Nullable String address, @Nullable String phone, @Nullable String contact,
			@Nullable String paymentUrl, @Nullable String payByPhoneHours, @Nullable String checksPayableTo,
			@Nullable String remitAddress) {
	}

	record Reports(@Nullable List<String> recipients, @Nullable String frequency, @Nullable Integer delayDays) {
	}

}
