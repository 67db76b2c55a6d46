package io.casehall.shared.security;

/**
 * Says whether a Camunda user may sign in at the staff entrance (the console, the Camunda webapps' own sign-in,
 * HTTP Basic on the REST API). Procedures whose users are Camunda users with an entrance of their own (the credit
 * bank's institutions) refuse them there, and refuse a user they have disabled.
 */
public interface StaffEntranceGuard {

    /** False when this user must not sign in at the staff entrance. */
    boolean mayEnter(String userId);
}
