package io.ardesk.denials;

import org.jspecify.annotations.Nullable;

/**
 * How fast new denials were first worked: the time from the import that posted a denial
 * to the first thing a person did on the claim (note, follow-up, appeal, document
 * request...).
 *
 * @param denials claims newly denied in the period
 * @param touched those a person has worked since
 * @param medianHours median hours to the first touch of those touched
 * @param averageHours average hours to the first touch of those touched
 */
public record FirstTouch(long denials, long touched, @Nullable Double medianHours, @Nullable Double averageHours) {
}
