package io.ardesk.codes;

/**
 * A claim adjustment reason code (CARC).
 *
 * @param description a short plain-English paraphrase, not the official wording
 */
public record ReasonCode(String code, String description, DenialCategory category) {
}
