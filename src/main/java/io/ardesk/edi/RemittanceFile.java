package io.ardesk.edi;

import java.util.List;

/**
 * The remittance advices read from one 835 file, with the defects that did not stop
 * reading it (for example an advice that does not balance).
 */
public record RemittanceFile(List<RemittanceAdvice> advices, List<FileIssue> warnings) {
}
