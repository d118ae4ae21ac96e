package io.ardesk.review;

import java.math.BigDecimal;

/**
 * A payer whose open insurance A/R or denied dollars rose week over week.
 *
 * @param openLastWeek open insurance A/R at the end of the week before
 * @param deniedLastWeek dollars denied in the week before (by remittance date)
 */
public record PayerTrend(String payer, BigDecimal openLastWeek, BigDecimal openThisWeek, BigDecimal openChange,
		BigDecimal deniedLastWeek, BigDecimal deniedThisWeek, BigDecimal deniedChange) {
}
