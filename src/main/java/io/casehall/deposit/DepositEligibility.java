package io.casehall.deposit;

/** The eligibility table's answer: served or not, and the message key that says why (shown before the form). */
public record DepositEligibility(boolean eligible, String reasonKey) {
}
