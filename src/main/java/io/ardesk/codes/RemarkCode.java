package io.ardesk.codes;

/**
 * A remittance advice remark code (RARC).
 *
 * @param description a short plain-English paraphrase, not the official wording
 */
public record RemarkCode(String code, String description) {
}
