package io.ardesk.edi.internal;

import java.util.List;

import io.ardesk.edi.FileIssue;

/**
 * Every segment of an X12 file in order, with the envelope defects that were tolerated.
 */
record ScannedFile(List<Segment> segments, List<FileIssue> warnings) {
}
