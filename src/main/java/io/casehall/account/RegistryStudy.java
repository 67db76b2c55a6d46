package io.casehall.account;

/** One record of the verified applicant in the graduate registry (a person may have graduated twice). */
public record RegistryStudy(String studentNo, String educationLevel) {
}
