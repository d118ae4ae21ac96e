package io.ardesk.shared.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRecordsTest {

	@Test
	void quotedValuesKeepCommasLineBreaksAndDoubledQuotesAndLinesCountAsAPersonSeesThem() {
		var records = CsvRecords.split("\uFEFFa,b\r\n\n\"x, y\",\"two\nlines\"\n  \"say \"\"hi\"\"\",z\n");
		assertThat(records).hasSize(3);
		assertThat(records.get(0).line()).isEqualTo(1);
		assertThat(records.get(1).line()).as("the blank line 2 is skipped but counted").isEqualTo(3);
		assertThat(records.get(1).cells()).containsExactly("x, y", "two\nlines");
		assertThat(records.get(2).line()).isEqualTo(5);
		assertThat(records.get(2).cell(0)).isEqualTo("say \"hi\"");
		assertThat(records.get(2).cell(5)).isEmpty();
	}

	@Test
	void anUnclosedQuoteNamesTheLineItStartsOn() {
		assertThatThrownBy(() -> CsvRecords.split("a,b\nc,\"open\nstill open"))
			.isInstanceOfSatisfying(CsvRecords.UnclosedQuoteException.class, (ex) -> assertThat(ex.line()).isEqualTo(2))
			.hasMessageContaining("line 2");
	}

}
