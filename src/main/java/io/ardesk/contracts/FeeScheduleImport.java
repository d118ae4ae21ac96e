package io.ardesk.contracts;

/**
 * What a CSV import of a fee schedule did.
 *
 * @param rows the file's data rows
 * @param added new schedule rows
 * @param changed existing rows (same payer, code, modifier and period) whose amount the
 * file changed
 * @param unchanged rows already on file as they are (importing a file again changes
 * nothing)
 * @param underpayments the client's underpayments after re-evaluating the posted lines of
 * the file's payers
 */
public record FeeScheduleImport(int rows, int added, int changed, int unchanged, long underpayments) {
}
