package io.ardesk.claims;

/** Which import, run by whom, caused a change; recorded in every claim's history. */
public record ImportOrigin(long importBatchId, String fileName, String actor) {
}
