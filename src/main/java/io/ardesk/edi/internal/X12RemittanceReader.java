package io.ardesk.edi.internal;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.edi.RemittanceAdvice;
import io.ardesk.edi.RemittanceFile;

/** Reads an X12 835 file (5010 X221A1 or 4010 X091A1) into remittance advices. */
public final class X12RemittanceReader {

	private X12RemittanceReader() {
	}

	public static RemittanceFile read(byte[] content) {
		ScannedFile scanned = X12Tokenizer.scan(content);
		Warnings warnings = new Warnings();
		warnings.addAll(scanned.warnings());
		List<RemittanceAdvice> advices = new ArrayList<>();
		for (TransactionSets.TransactionSet set : TransactionSets.split(scanned.segments(), "835")) {
			AdviceBuilder advice = new AdviceBuilder(set.st(), set.implementation());
			for (Segment segment : set.body()) {
				advice.accept(segment, warnings);
			}
			advices.add(advice.build(set.se(), warnings));
		}
		return new RemittanceFile(List.copyOf(advices), warnings.list());
	}

}
