package io.ardesk.demodata;

import java.time.LocalDate;
import java.util.Iterator;

import io.ardesk.demodata.internal.HistoryAssembler;
import io.ardesk.demodata.internal.LargeBatches;

/**
 * Generates the X12 files a practice would have exchanged with its payers. Output depends
 * only on the arguments: the same seed gives byte-identical files.
 */
public final class ArHistoryGenerator {

	/**
	 * The claim files (weekly batches) and remittance files (per payer and payment date)
	 * of the {@code months} months up to and including {@code asOf}, oldest first.
	 * Nothing dated after {@code asOf} is included, so recent claims are still
	 * unanswered.
	 */
	public ArHistory generate(PracticeProfile profile, LocalDate asOf, int months, long seed) {
		if (months <= 0) {
			throw new IllegalArgumentException("months must be positive");
		}
		return generate(profile, ArStory.UNWORKED, asOf, months, seed);
	}

	/**
	 * The history of a practice in the given situation: its payers' speed and denials,
	 * and the firm's calls and appeals (returned with the files) that got claims paid.
	 */
	public ArHistory generate(PracticeProfile profile, ArStory story, LocalDate asOf, int months, long seed) {
		if (months <= 0) {
			throw new IllegalArgumentException("months must be positive");
		}
		return HistoryAssembler.assemble(profile, story, asOf, months, seed);
	}

	/**
	 * Benchmark volumes, generated lazily: for each batch of {@code claimsPerFile} claims
	 * an 837P, then an 835 paying or denying all of them. Batch {@code n} is dated
	 * {@code firstBatchDate + n} days, its 835 three weeks later.
	 */
	public Iterator<GeneratedFile> generateLarge(PracticeProfile profile, LocalDate firstBatchDate, long claims,
			int claimsPerFile, long seed) {
		return new LargeBatches(profile, firstBatchDate, claims, claimsPerFile, seed);
	}

	/** One 837P with exactly {@code claims} claims. */
	public GeneratedFile claimFile(PracticeProfile profile, LocalDate date, int claims, long seed) {
		return generateLarge(profile, date, claims, claims, seed).next();
	}

	/**
	 * One 835 answering exactly {@code claims} claims: those of
	 * {@link #claimFile(PracticeProfile, LocalDate, int, long)} with the same arguments,
	 * so the two can be imported and posted together.
	 */
	public GeneratedFile remittanceFile(PracticeProfile profile, LocalDate date, int claims, long seed) {
		Iterator<GeneratedFile> files = generateLarge(profile, date, claims, claims, seed);
		files.next();
		return files.next();
	}

}
