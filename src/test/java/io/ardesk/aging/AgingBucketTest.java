package io.ardesk.aging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgingBucketTest {

	@ParameterizedTest(name = "{0} days old is {1}")
	@CsvSource({ "0, B0_30", "30, B0_30", "31, B31_60", "60, B31_60", "61, B61_90", "90, B61_90", "91, B91_120",
			"120, B91_120", "121, B120_PLUS", "10000, B120_PLUS", "-1, B0_30", "-400, B0_30" })
	void ageFallsInItsBucket(long ageDays, AgingBucket expected) {
		assertThat(AgingBucket.of(ageDays)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "B0_30, 0-30", "B31_60, 31-60", "B61_90, 61-90", "B91_120, 91-120", "B120_PLUS, 120+" })
	void labelsAreTheUsualAgingHeadings(AgingBucket bucket, String label) {
		assertThat(bucket.label()).isEqualTo(label);
	}

	@ParameterizedTest
	@CsvSource({ "B0_30", "B31_60", "B61_90", "B91_120", "B120_PLUS" })
	void boundsUsedBySqlAgreeWithOf(AgingBucket bucket) {
		assertThat(AgingBucket.of(bucket.fromDays())).isEqualTo(bucket);
		assertThat(AgingBucket.of(bucket.toDays())).isEqualTo(bucket);
	}

}
