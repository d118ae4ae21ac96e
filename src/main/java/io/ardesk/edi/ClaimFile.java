package io.ardesk.edi;

import java.util.List;

/** The claims read from one file, with the defects that did not stop reading it. */
public record ClaimFile(FileFormat format, List<SubmittedClaim> claims, List<FileIssue> warnings) {
}
