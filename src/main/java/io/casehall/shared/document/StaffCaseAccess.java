package io.casehall.shared.document;

/**
 * Port answering whether a staff member's work needs a case's documents. The staff module implements
 * it from the engine: an open task of the case that the user may work on, or the administrator role.
 */
public interface StaffCaseAccess {

    boolean mayRead(String staffUserId, String caseKey);
}
