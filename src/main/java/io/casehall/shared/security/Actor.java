package io.casehall.shared.security;

/**
 * Who is acting: an applicant, a staff member or the system. Principals of both security chains
 * implement it so that audit and access checks need not know which chain authenticated the user.
 */
public interface Actor {

    enum Kind { APPLICANT, STAFF, INSTITUTION, SYSTEM }

    Kind actorKind();

    /** Applicant account id, or the staff or institution user id. */
    String actorId();

    Actor SYSTEM = of(Kind.SYSTEM, "system");

    static Actor of(Kind kind, String id) {
        return new Ref(kind, id);
    }

    /** An actor known only by kind and id, such as a staff user named by the engine. */
    record Ref(Kind actorKind, String actorId) implements Actor, java.io.Serializable {
    }
}
