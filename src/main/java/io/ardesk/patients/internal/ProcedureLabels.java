package io.ardesk.patients.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Plain words for the procedure codes a patient sees on a statement: a small table of
 * common CPT and HCPCS codes, then a description of the code's range. The words are our
 * own, short and free of jargon; they are not the AMA's descriptors.
 */
final class ProcedureLabels {

	private static final Map<String, String> COMMON = Map.ofEntries(Map.entry("99202", "Office visit, new patient"),
			Map.entry("99203", "Office visit, new patient"), Map.entry("99204", "Office visit, new patient"),
			Map.entry("99205", "Office visit, new patient, complex"),
			Map.entry("99211", "Office visit, brief nurse visit"), Map.entry("99212", "Office visit"),
			Map.entry("99213", "Office visit"), Map.entry("99214", "Office visit, detailed"),
			Map.entry("99215", "Office visit, complex"), Map.entry("99221", "Hospital care, first day"),
			Map.entry("99222", "Hospital care, first day"), Map.entry("99223", "Hospital care, first day"),
			Map.entry("99231", "Hospital care, follow-up day"), Map.entry("99232", "Hospital care, follow-up day"),
			Map.entry("99233", "Hospital care, follow-up day"), Map.entry("99238", "Hospital discharge day"),
			Map.entry("99242", "Specialist consultation"), Map.entry("99243", "Specialist consultation"),
			Map.entry("99244", "Specialist consultation"), Map.entry("99283", "Emergency room visit"),
			Map.entry("99284", "Emergency room visit"), Map.entry("99285", "Emergency room visit, complex"),
			Map.entry("99385", "Preventive checkup, new patient"),
			Map.entry("99386", "Preventive checkup, new patient"), Map.entry("99391", "Preventive checkup, infant"),
			Map.entry("99392", "Preventive checkup, child"), Map.entry("99393", "Preventive checkup, child"),
			Map.entry("99394", "Preventive checkup, teen"), Map.entry("99395", "Preventive checkup, adult"),
			Map.entry("99396", "Preventive checkup, adult"), Map.entry("99397", "Preventive checkup, 65 and over"),
			Map.entry("G0438", "Annual wellness visit, first"), Map.entry("G0439", "Annual wellness visit"),
			Map.entry("99024", "Follow-up visit after surgery"), Map.entry("36415", "Blood draw"),
			Map.entry("81002", "Urine test"), Map.entry("81003", "Urine test"),
			Map.entry("85025", "Complete blood count"), Map.entry("80048", "Blood chemistry panel"),
			Map.entry("80053", "Blood chemistry panel, comprehensive"), Map.entry("80061", "Cholesterol panel"),
			Map.entry("83036", "Blood sugar (A1c) test"), Map.entry("84443", "Thyroid test"),
			Map.entry("83880", "Heart strain blood test (BNP)"), Map.entry("87880", "Rapid strep test"),
			Map.entry("87804", "Rapid flu test"), Map.entry("93000", "Heart tracing (EKG)"),
			Map.entry("93306", "Heart ultrasound (echocardiogram)"),
			Map.entry("93351", "Heart ultrasound during exercise (stress echo)"),
			Map.entry("93015", "Exercise stress test"), Map.entry("93224", "Heart monitor, 48 hours"),
			Map.entry("78452", "Nuclear heart scan"), Map.entry("93458", "Heart catheterization"),
			Map.entry("93656", "Heart rhythm ablation"), Map.entry("33208", "Pacemaker placement"),
			Map.entry("71046", "Chest X-ray"), Map.entry("73030", "Shoulder X-ray"), Map.entry("73562", "Knee X-ray"),
			Map.entry("73610", "Ankle X-ray"), Map.entry("72100", "Lower back X-ray"), Map.entry("73721", "Knee MRI"),
			Map.entry("20610", "Joint injection or fluid drawn, large joint"),
			Map.entry("20611", "Joint injection with ultrasound guidance"),
			Map.entry("29881", "Knee arthroscopy (keyhole surgery)"),
			Map.entry("29827", "Shoulder arthroscopy, rotator cuff repair"),
			Map.entry("27447", "Knee replacement surgery"), Map.entry("27130", "Hip replacement surgery"),
			Map.entry("97110", "Physical therapy exercises"), Map.entry("97140", "Physical therapy, hands-on"),
			Map.entry("97161", "Physical therapy evaluation"), Map.entry("96372", "Injection"),
			Map.entry("90471", "Vaccine given"), Map.entry("90686", "Flu vaccine"),
			Map.entry("J3301", "Medication: steroid injection"), Map.entry("J1030", "Medication: steroid injection"),
			Map.entry("L1820", "Knee brace"));

	private ProcedureLabels() {
	}

	/** The words for a code: from the table, else by the range the code belongs to. */
	static String label(String code) {
		String upper = code.strip().toUpperCase(Locale.ROOT);
		String known = COMMON.get(upper);
		return (known != null) ? known : range(upper);
	}

	private static String range(String code) {
		if (code.length() != 5) {
			return "Medical service";
		}
		char first = code.charAt(0);
		if (Character.isLetter(first)) {
			return switch (first) {
				case 'J' -> "Medication";
				case 'A', 'E', 'K', 'L' -> "Medical supplies or equipment";
				case 'G' -> "Medical service";
				default -> "Medical service or supply";
			};
		}
		if (!code.chars().allMatch(Character::isDigit)) {
			// Category II and III codes (1234F, 0042T) are tracking and emerging codes
			return "Medical service";
		}
		int number = Integer.parseInt(code);
		if (number >= 99202 && number <= 99499) {
			return "Visit with your provider";
		}
		if (number >= 10004 && number <= 69990) {
			return "Procedure or surgery";
		}
		if (number >= 70010 && number <= 79999) {
			return "Imaging (X-ray, scan or ultrasound)";
		}
		if (number >= 80047 && number <= 89398) {
			return "Laboratory test";
		}
		if (number >= 100 && number <= 1999) {
			return "Anesthesia";
		}
		return "Medical service";
	}

}
