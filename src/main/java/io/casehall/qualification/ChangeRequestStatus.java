package io.casehall.qualification;

/** The state of a graduate's request to change sensitive fields. */
public enum ChangeRequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    /** The college window closed while it was still undecided. */
    EXPIRED
}
