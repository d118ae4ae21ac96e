package io.ardesk.edi.internal;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.edi.ClaimFile;
import io.ardesk.edi.FileFormat;
import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;
import io.ardesk.edi.SubmittedClaim;
import io.ardesk.edi.SubmittedClaim.ClaimForm;

/** Reads an X12 837P or 837I file (5010, and 4010 where it differs little). */
public final class X12ClaimReader {

	private X12ClaimReader() {
	}

	public static ClaimFile read(byte[] content) {
		ScannedFile scanned = X12Tokenizer.scan(content);
		Warnings warnings = new Warnings();
		warnings.addAll(scanned.warnings());
		List<SubmittedClaim> claims = new ArrayList<>();
		FileFormat fileFormat = null;
		for (TransactionSets.TransactionSet set : TransactionSets.split(scanned.segments(), "837")) {
			FileFormat format = X12FormatSniffer.claimFormat(set.implementation());
			if (format == null) {
				throw new MalformedFileException(new FileIssue(
						"Implementation " + set.implementation() + " is neither an 837P nor an 837I guide", "ST",
						set.st().position()));
			}
			if (fileFormat != null && fileFormat != format) {
				throw new MalformedFileException(
						new FileIssue("File mixes professional and institutional claims", "ST", set.st().position()));
			}
			fileFormat = format;
			SubmissionBuilder submission = new SubmissionBuilder(
					(format == FileFormat.X12_837I) ? ClaimForm.INSTITUTIONAL : ClaimForm.PROFESSIONAL);
			for (Segment segment : set.body()) {
				submission.accept(segment, warnings);
			}
			claims.addAll(submission.build());
		}
		return new ClaimFile(fileFormat, List.copyOf(claims), warnings.list());
	}

}
