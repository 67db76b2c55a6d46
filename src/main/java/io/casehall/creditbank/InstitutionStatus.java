package io.casehall.creditbank;

/** Where an institution's registration stands: the account exists from step 1; steps 2 and 3 may follow later. */
public enum InstitutionStatus {
    /** Step 2 to do: the registrant's name and ID number. */
    REGISTRANT,
    /** Step 3 to do: the institution's details (may be saved as a draft and finished at the next login). */
    DETAILS,
    /** Registered: the institution space is open. */
    ACTIVE
}
