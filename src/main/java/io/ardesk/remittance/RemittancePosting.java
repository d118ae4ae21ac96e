package io.ardesk.remittance;

import java.util.List;

import io.ardesk.claims.ImportOrigin;
import io.ardesk.edi.RemittanceFile;
import io.ardesk.tenancy.ClientId;

/**
 * Posts remittance advices to the ledger inside the caller's import transaction. A
 * payment posted before (same payer and trace number) is not posted again.
 */
public interface RemittancePosting {

	Result post(ClientId client, RemittanceFile file, ImportOrigin origin);

	/**
	 * @param duplicateAdvices advices skipped because that payment was already posted
	 */
	record Result(int advicesPosted, int duplicateAdvices, int paymentsPosted, int denials, int reversals,
			int unmatched, List<String> warnings) {
	}

}
