package io.ardesk.codes.internal;

import java.util.Comparator;

/**
 * Orders codes the way the official lists do: by letter prefix (none first), then by
 * number, so that 2 comes before 10 and B9 before B10.
 */
public final class CodeOrder implements Comparator<String> {

	public static final CodeOrder INSTANCE = new CodeOrder();

	private CodeOrder() {
	}

	@Override
	public int compare(String left, String right) {
		int byPrefix = prefix(left).compareTo(prefix(right));
		if (byPrefix != 0) {
			return byPrefix;
		}
		int byNumber = Long.compare(number(left), number(right));
		return (byNumber != 0) ? byNumber : left.compareTo(right);
	}

	private static String prefix(String code) {
		int end = 0;
		while (end < code.length() && !Character.isDigit(code.charAt(end))) {
			end++;
		}
		return code.substring(0, end);
	}

	private static long number(String code) {
		String digits = code.substring(prefix(code).length());
		return (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 10)
				? Long.parseLong(digits) : Long.MAX_VALUE;
	}

}
