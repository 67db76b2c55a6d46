package io.casehall.account;

/**
 * An applicant has passed real-name verification with this ID number (published inside the transaction that records
 * it), so that other modules can link what they keep for that person, e.g. the credit bank's learner accounts.
 */
public record RealNameVerifiedEvent(Long applicantId, String idNumber) {
}
