/**
 * How X12 files are read: StAEDI tokenizes and checks the envelopes, small builders turn
 * the segments of each transaction set into the module's records. Not for use outside the
 * module; go through {@link io.ardesk.edi.X12Files}.
 */
@org.jspecify.annotations.NullMarked
package io.ardesk.edi.internal;
