package io.ardesk.patients.internal;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;

/** The type and colours of a patient letter: Helvetica, greys and one warning red. */
final class StatementFonts {

	static final Color RULE = new Color(0x9a, 0xa0, 0xa6);

	static final Color SHADE = new Color(0xec, 0xee, 0xf0);

	static final Color WARNING = new Color(0xb3, 0x26, 0x1e);

	static final Font PRACTICE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);

	static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);

	static final Font TITLE_WARNING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL, WARNING);

	static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

	static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

	static final Font ADDRESS = FontFactory.getFont(FontFactory.HELVETICA, 10);

	static final Font ADDRESS_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

	static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7.5f);

	static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f);

	static final Font TABLE = FontFactory.getFont(FontFactory.HELVETICA, 8);

	static final Font TABLE_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

	static final Font BIG_AMOUNT = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

	private StatementFonts() {
	}

	static String money(BigDecimal amount) {
		return Formats.money(amount);
	}

	/** The non-blank lines of a multi-line configuration text. */
	static List<String> lines(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
