package io.ardesk.review;

import io.ardesk.escalation.Escalation;

/** An open escalation and its SLA state now. */
public record OpenEscalation(Escalation escalation, SlaState sla) {
}
