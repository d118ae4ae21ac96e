package io.ardesk.shared.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money is written the US way with two decimals, exactly as the JDK's US currency format
 * writes it (grouping, sign, rounding half up), without building a format per amount.
 */
class FormatsTest {

	@Test
	void moneyReadsLikeTheUsCurrencyFormat() {
		assertThat(Formats.money(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
		assertThat(Formats.money(new BigDecimal("-36.885"))).isEqualTo("-$36.89");
		assertThat(Formats.money(new BigDecimal("0"))).isEqualTo("$0.00");
		assertThat(Formats.money(new BigDecimal("-0.004"))).isEqualTo("$0.00");
		assertThat(Formats.money(new BigDecimal("153150000"))).isEqualTo("$153,150,000.00");
		assertThat(Formats.money(new BigDecimal("999.995"))).isEqualTo("$1,000.00");
		assertThat(Formats.money(null)).isEmpty();
	}

	@Test
	void moneyEqualsTheJdkFormatForManyAmounts() {
		NumberFormat jdk = NumberFormat.getCurrencyInstance(Locale.US);
		jdk.setMinimumFractionDigits(2);
		jdk.setMaximumFractionDigits(2);
		Random random = new Random(42);
		for (int i = 0; i < 20_000; i++) {
			BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, random.nextInt(5));
			assertThat(Formats.money(amount)).as(amount.toPlainString())
				.isEqualTo(jdk.format(amount.setScale(2, java.math.RoundingMode.HALF_UP)));
		}
	}

}
