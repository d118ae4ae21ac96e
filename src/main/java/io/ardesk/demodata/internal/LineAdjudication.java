package io.ardesk.demodata.internal;

import java.util.List;

/** Loop 2110 for one line: charge = paid + sum of adjustments. */
record LineAdjudication(ClaimLine line, long charge, long paid, long allowed, int units, List<Cas> adjustments,
		List<String> remarks) {

	LineAdjudication {
		adjustments = List.copyOf(adjustments);
		remarks = List.copyOf(remarks);
		long adjusted = adjustments.stream().mapToLong(Cas::amount).sum();
		if (charge != paid + adjusted) {
			throw new IllegalStateException("line does not balance: " + line.lineControl());
		}
	}

	long patientResponsibility() {
		return this.adjustments.stream().filter((cas) -> "PR".equals(cas.group())).mapToLong(Cas::amount).sum();
	}

	LineAdjudication negated() {
		return new LineAdjudication(this.line, -this.charge, -this.paid, -this.allowed, -this.units,
				this.adjustments.stream().map(Cas::negated).toList(), this.remarks);
	}

}
