package io.ardesk.edi.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.PostalAddress;
import io.ardesk.edi.SubmittedClaim;
import io.ardesk.edi.SubmittedClaim.ClaimForm;

/**
 * One 837 transaction set: follows the HL hierarchy (billing provider, subscriber,
 * patient) and hands each CLM the parties above it.
 */
final class SubmissionBuilder {

	private final ClaimForm form;

	private @Nullable LocalDate submissionDate;

	private @Nullable String billingNpi;

	private @Nullable String billingName;

	private @Nullable String billingTaxId;

	private @Nullable Segment subscriberSbr;

	private ClaimContext.@Nullable Person subscriber;

	private @Nullable Segment payer;

	private ClaimContext.@Nullable Person patient;

	/** The NM1 entity (IL or QC) a following N3, N4 or DMG describes. */
	private @Nullable String lastPersonEntity;

	/** The N3 of that person, waiting for its N4. */
	private @Nullable Segment street;

	private final List<SubmittedClaim> claims = new ArrayList<>();

	private @Nullable SubmittedClaimBuilder currentClaim;

	SubmissionBuilder(ClaimForm form) {
		this.form = form;
	}

	void accept(Segment segment, Warnings warnings) {
		switch (segment.id()) {
			case "HL" -> {
				finishClaim();
				startLevel(segment.element(3).strip());
			}
			case "CLM" -> {
				finishClaim();
				this.currentClaim = new SubmittedClaimBuilder(segment, context());
			}
			default -> {
				if (this.currentClaim != null) {
					this.currentClaim.accept(segment, warnings);
				}
				else {
					acceptHeader(segment, warnings);
				}
			}
		}
	}

	/**
	 * HL03 20 billing provider, 22 subscriber, 23 patient: a new level forgets the ones
	 * below.
	 */
	private void startLevel(String levelCode) {
		switch (levelCode) {
			case "20" -> {
				this.billingNpi = null;
				this.billingName = null;
				this.billingTaxId = null;
				forgetSubscriber();
			}
			case "22" -> forgetSubscriber();
			default -> this.patient = null;
		}
		this.lastPersonEntity = null;
		this.street = null;
	}

	private void forgetSubscriber() {
		this.subscriberSbr = null;
		this.subscriber = null;
		this.payer = null;
		this.patient = null;
	}

	private void acceptHeader(Segment segment, Warnings warnings) {
		switch (segment.id()) {
			case "BHT" -> this.submissionDate = ElementValues.date(segment, segment.element(4), warnings);
			case "SBR" -> this.subscriberSbr = segment;
			case "NM1" -> acceptName(segment);
			case "N3" -> this.street = segment;
			case "N4" -> acceptCityLine(segment);
			case "REF" -> {
				// 2010AA: the billing provider's EIN (or SSN for a person billing in
				// their own name)
				String qualifier = segment.element(1).strip();
				if ("85".equals(this.lastPersonEntity) && (qualifier.equals("EI") || qualifier.equals("SY"))) {
					this.billingTaxId = ElementValues.optional(segment, 2);
				}
			}
			case "DMG" -> {
				if (segment.element(1).equals("D8")) {
					LocalDate born = ElementValues.date(segment, segment.element(2), warnings);
					if ("IL".equals(this.lastPersonEntity) && this.subscriber != null) {
						this.subscriber = this.subscriber.withDateOfBirth(born);
					}
					else if ("QC".equals(this.lastPersonEntity) && this.patient != null) {
						this.patient = this.patient.withDateOfBirth(born);
					}
				}
			}
			default -> {
				// submitter/receiver, addresses, provider ids: not needed for follow-up
			}
		}
	}

	private void acceptName(Segment nm1) {
		String entity = nm1.element(1).strip();
		switch (entity) {
			case "85" -> {
				String qualifier = nm1.element(8).strip();
				this.billingNpi = qualifier.equals("XX") ? ElementValues.optional(nm1, 9) : null;
				this.billingTaxId = (qualifier.equals("24") || qualifier.equals("34")) ? ElementValues.optional(nm1, 9)
						: null;
				this.billingName = personOrOrganisationName(nm1);
			}
			case "IL" -> this.subscriber = person(nm1);
			case "QC" -> this.patient = person(nm1);
			case "PR" -> this.payer = nm1;
			default -> {
				// 41 submitter, 40 receiver, 87 pay-to and others
			}
		}
		this.lastPersonEntity = entity;
		this.street = null;
	}

	/**
	 * The mailing address of the subscriber (2010BA) or patient (2010CA): N3 street lines
	 * and N4 city, state and ZIP. An address lacking any of street, city, state or ZIP
	 * cannot be mailed to and is left out.
	 */
	private void acceptCityLine(Segment n4) {
		Segment n3 = this.street;
		this.street = null;
		if (n3 == null) {
			return;
		}
		String line1 = ElementValues.optional(n3, 1);
		String city = ElementValues.optional(n4, 1);
		String state = ElementValues.optional(n4, 2);
		String zip = ElementValues.optional(n4, 3);
		if (line1 == null || city == null || state == null || zip == null) {
			return;
		}
		PostalAddress address = new PostalAddress(line1, ElementValues.optional(n3, 2), city, state, zip);
		if ("IL".equals(this.lastPersonEntity) && this.subscriber != null) {
			this.subscriber = this.subscriber.withAddress(address);
		}
		else if ("QC".equals(this.lastPersonEntity) && this.patient != null) {
			this.patient = this.patient.withAddress(address);
		}
	}

	private static ClaimContext.Person person(Segment nm1) {
		return new ClaimContext.Person(ElementValues.optional(nm1, 9), nm1.element(3).strip(),
				ElementValues.optional(nm1, 4), null, null);
	}

	/**
	 * An organisation has only NM103; a person billing in their own name also has NM104.
	 */
	private static @Nullable String personOrOrganisationName(Segment nm1) {
		String last = nm1.element(3).strip();
		String first = nm1.element(4).strip();
		if (last.isEmpty()) {
			return null;
		}
		return first.isEmpty() ? last : last + ", " + first;
	}

	private ClaimContext context() {
		return new ClaimContext(this.form, this.submissionDate, this.billingNpi, this.billingName, this.billingTaxId,
				this.subscriberSbr, this.subscriber, this.payer, this.patient);
	}

	private void finishClaim() {
		if (this.currentClaim != null) {
			this.claims.add(this.currentClaim.build());
			this.currentClaim = null;
		}
	}

	List<SubmittedClaim> build() {
		finishClaim();
		return List.copyOf(this.claims);
	}

}
