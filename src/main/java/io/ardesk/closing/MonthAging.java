package io.ardesk.closing;

import java.time.LocalDate;

import io.ardesk.aging.AgingCredits;
import io.ardesk.aging.AgingTotals;

/**
 * A client's aging as of a month's last day: the totals per bucket, insurance and patient
 * apart, and the credit balances counted on their own.
 */
public record MonthAging(LocalDate asOf, AgingTotals insurance, AgingTotals patient, AgingCredits credits) {
}
