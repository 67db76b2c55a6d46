package io.casehall.deposit;

/** A file the applicant just chose for a slot, not stored yet (the service checks it by content and stores it). */
public record NewUpload(DepositUploadKind kind, String fileName, byte[] content) {
}
