package io.casehall.deposit;

/** The applicant's answers to the guide's eligibility questions; both may be null for transfer out and certificates. */
public record EligibilityAnswers(ApplicantGroup applicantGroup, ArchiveKeeper archiveKeeper) {
}
