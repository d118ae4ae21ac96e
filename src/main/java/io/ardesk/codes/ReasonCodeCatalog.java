package io.ardesk.codes;

import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

import io.ardesk.codes.internal.AdjustmentClassifier;
import io.ardesk.codes.internal.CodeListFile;
import io.ardesk.codes.internal.CodeOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Looks up and explains CARC and RARC codes. Starts from our own short paraphrases
 * shipped in {@code /codes}; an admin may merge the fuller official list on top with
 * {@link #loadOfficialList}. Lookups never block: a load builds new maps and swaps them
 * in.
 */
@Service
public class ReasonCodeCatalog {

	private static final Logger logger = LoggerFactory.getLogger(ReasonCodeCatalog.class);

	private final Object loadLock = new Object();

	private volatile Map<String, ReasonCode> carcs;

	private volatile Map<String, RemarkCode> rarcs;

	public ReasonCodeCatalog() {
		Map<String, ReasonCode> carcs = new HashMap<>();
		for (CodeListFile.Entry entry : CodeListFile.readBuiltIn("/codes/carc.csv", CodeList.CARC)) {
			carcs.put(entry.code(), new ReasonCode(entry.code(), entry.description(), category(entry)));
		}
		Map<String, RemarkCode> rarcs = new HashMap<>();
		for (CodeListFile.Entry entry : CodeListFile.readBuiltIn("/codes/rarc.csv", CodeList.RARC)) {
			rarcs.put(entry.code(), new RemarkCode(entry.code(), entry.description()));
		}
		this.carcs = sorted(carcs);
		this.rarcs = sorted(rarcs);
	}

	public Optional<ReasonCode> carc(String code) {
		return Optional.ofNullable(this.carcs.get(normalize(code)));
	}

	public Optional<RemarkCode> rarc(String code) {
		return Optional.ofNullable(this.rarcs.get(normalize(code)));
	}

	/**
	 * A one-line explanation such as "CO-45: Charge exceeds the fee schedule or
	 * contracted amount"; unknown codes are named as such rather than failing.
	 */
	public String describe(String group, String carc) {
		String groupCode = normalize(group);
		String reason = normalize(carc);
		if (reason.isEmpty()) {
			return groupCode.isEmpty() ? "No reason code given" : groupCode + ": no reason code given";
		}
		String label = groupCode.isEmpty() ? reason : groupCode + "-" + reason;
		return carc(reason).map((code) -> label + ": " + code.description())
			.orElseGet(() -> label + ": reason code not in the catalogue (see the official CARC list)");
	}

	/** How the adjustment affects balances; see {@link AdjustmentClassifier} for why. */
	public AdjustmentClass classify(String group, String carc) {
		String reason = normalize(carc);
		DenialCategory category = carc(reason).map(ReasonCode::category).orElse(null);
		return AdjustmentClassifier.classify(normalize(group), reason, category);
	}

	/**
	 * The category for reporting: PR is always patient responsibility whatever the
	 * reason; unknown codes are OTHER.
	 */
	public DenialCategory category(String group, String carc) {
		if (AdjustmentGroup.of(group).orElse(null) == AdjustmentGroup.PR) {
			return DenialCategory.PATIENT_RESPONSIBILITY;
		}
		return carc(carc).map(ReasonCode::category).orElse(DenialCategory.OTHER);
	}

	/** Every CARC in official order (numbers first, then lettered codes). */
	public List<ReasonCode> allCarcs() {
		return List.copyOf(this.carcs.values());
	}

	public List<RemarkCode> allRarcs() {
		return List.copyOf(this.rarcs.values());
	}

	/**
	 * Merges an official list (columns {@code code,description[,category]}, header row
	 * optional) into the catalogue: descriptions are replaced, our category is kept when
	 * the file gives none, new codes are added. All or nothing.
	 * @return the number of codes read from the file
	 * @throws io.ardesk.shared.problem.InvalidInputException naming the line of each
	 * invalid row
	 */
	public int loadOfficialList(Reader csv, CodeList kind) {
		List<CodeListFile.Entry> entries = CodeListFile.readOfficial(csv, kind);
		synchronized (this.loadLock) {
			if (kind == CodeList.CARC) {
				Map<String, ReasonCode> merged = new HashMap<>(this.carcs);
				for (CodeListFile.Entry entry : entries) {
					ReasonCode existing = merged.get(entry.code());
					DenialCategory category = (entry.category() != null) ? entry.category()
							: (existing != null) ? existing.category() : DenialCategory.OTHER;
					merged.put(entry.code(), new ReasonCode(entry.code(), entry.description(), category));
				}
				this.carcs = sorted(merged);
			}
			else {
				Map<String, RemarkCode> merged = new HashMap<>(this.rarcs);
				for (CodeListFile.Entry entry : entries) {
					merged.put(entry.code(), new RemarkCode(entry.code(), entry.description()));
				}
				this.rarcs = sorted(merged);
			}
		}
		logger.info("Merged {} {} codes from an official list", entries.size(), kind);
		return entries.size();
	}

	private static DenialCategory category(CodeListFile.Entry entry) {
		return (entry.category() != null) ? entry.category() : DenialCategory.OTHER;
	}

	private static <V> Map<String, V> sorted(Map<String, V> codes) {
		SequencedMap<String, V> ordered = new LinkedHashMap<>();
		codes.keySet().stream().sorted(CodeOrder.INSTANCE).forEach((code) -> ordered.put(code, codes.get(code)));
		return Collections.unmodifiableMap(ordered);
	}

	private static String normalize(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

}
