package io.casehall.qualification.review;

/** One graduate in the college console's list (the phone is masked by the page). */
public record GraduateRow(long id, String studentNo, String name, String gender, String education, String major,
                         String phone, String checkStatus, long pendingRequests, boolean bound) {
}
