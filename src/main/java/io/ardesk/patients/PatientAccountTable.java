package io.ardesk.patients;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableWriter;
import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The patient balances as a table, the same in the REST file and the view's. Every column
 * is one the practice's viewer already reads in the list.
 */
public interface PatientAccountTable {

	List<String> HEADER = List.of("Account", "Patient", "Patient balance", "Claims", "Oldest (days)", "Last letter",
			"Last letter sent", "Next letter", "Payment plan", "Missed payment", "In collections", "Address missing");

	static void write(List<PatientAccount> accounts, TableWriter writer) {
		for (PatientAccount account : accounts) {
			LetterSent last = account.letters().last();
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(account.accountNumber());
			cells.add(account.name());
			cells.add(account.balance());
			cells.add(account.claims());
			cells.add(account.oldestAgeDays());
			cells.add((last != null) ? last.level().label() : null);
			cells.add((last != null) ? last.on() : null);
			cells.add(nextStep(account.letters()));
			cells.add(yes(account.activePlan() != null));
			cells.add(yes(account.planMissed()));
			cells.add(yes(account.inCollections()));
			cells.add(yes(account.addressMissing()));
			writer.row(cells);
		}
	}

	/**
	 * The next step of the sequence in a few words: "Reminder due now", "Collections".
	 */
	static String nextStep(LetterSequence letters) {
		return switch (letters.hold()) {
			case IN_COLLECTIONS -> "With collections";
			case PAYMENT_PLAN -> "On hold (plan)";
			case NOTHING_OWED -> "Nothing owed";
			case NONE -> {
				ReminderLevel next = letters.next();
				if (next != null) {
					yield next.label() + (letters.letterDue() ? " due now" : " " + Formats.date(letters.nextDue()));
				}
				yield letters.collectionsPossible() ? "Collections possible"
						: "Collections from " + Formats.date(letters.collectionsFrom());
			}
		};
	}

	private static String yes(boolean value) {
		return value ? "Yes" : "No";
	}

}
