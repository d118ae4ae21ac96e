package io.ardesk.trends;

/**
 * What one detection run did.
 *
 * @param detected patterns over their threshold
 * @param opened new issues
 * @param updated open issues whose claims were brought up to date
 * @param reopened resolved issues whose pattern returned
 */
public record TrendScan(int detected, int opened, int updated, int reopened) {
}
