package io.ardesk.aging;

import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientId;

/** One client's aging totals in a portfolio across clients. */
public record ClientAging(ClientId client, AgingBasis basis, AgingTotals insurance, AgingTotals patient,
		AgingCredits credits) {
}
