package io.ardesk.remittance;

import java.util.List;

import io.ardesk.claims.ImportOrigin;
import io.ardesk.edi.RemittanceFile;
import io.ardesk.tenancy.ClientId;

/**
 * Posts remittance advices to the ledger inside the caller's import transaction. A
 * payment posted before (same payer and trace number) is not posted again. Every claim
 * payment is checked before it reaches a claim: one that does not balance, a reversal
 * without its original, or one that would make a balance negative is held as a posting
 * exception.
 *
 * @throws io.ardesk.claims.FilePostingException when a value of the file does not fit the
 * ledger, naming the element and its segment position
 */
public interface RemittancePosting {

	Result post(ClientId client, RemittanceFile file, ImportOrigin origin);

	/**
	 * @param duplicateAdvices advices skipped because that payment was already posted
	 * @param paymentsPosted claim payments recorded, including unmatched and held ones
	 * @param held claim payments held as posting exceptions, their claims untouched
	 */
	record Result(int advicesPosted, int duplicateAdvices, int paymentsPosted, int denials, int reversals,
			int unmatched, int held, List<String> warnings) {
	}

}
