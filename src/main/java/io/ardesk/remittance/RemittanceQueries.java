package io.ardesk.remittance;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/** Reads remittance data of a client that no claim shows, such as unmatched payments. */
public interface RemittanceQueries {

	List<UnmatchedPayment> unmatchedPayments(ClientId client);

}
