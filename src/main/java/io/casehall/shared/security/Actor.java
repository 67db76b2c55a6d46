package io.casehall.shared.security;

/**
 * Who is acting: an applicant, a staff member or the system. Principals of both security chains
 * implement it so that audit and access checks need not know which chain authenticated the user.
 */
public interface Actor {

    enum Kind { APPLICANT, STAFF, SYSTEM }

    Kind actorKind();

    /** Applicant account id, or the staff user id. */
    String actorId();

    Actor SYSTEM = new Actor() {
        @Override
        public Kind actorKind() {
            return Kind.SYSTEM;
        }

        @Override
        public String actorId() {
            return "system";
        }
    };
}
