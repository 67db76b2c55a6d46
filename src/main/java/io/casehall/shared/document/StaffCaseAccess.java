package io.casehall.shared.document;

import io.casehall.shared.security.Actor;

/**
 * Port answering whether a staff member's work needs a case's documents. The staff module implements
 * it from the engine: an open task of the case that the user may work on, or the administrator role.
 */
public interface StaffCaseAccess extends CaseDocumentAccess {

    boolean mayRead(String staffUserId, String caseKey);

    @Override
    default boolean mayRead(Actor actor, String caseKey) {
        return actor.actorKind() == Actor.Kind.STAFF && mayRead(actor.actorId(), caseKey);
    }
}
