package io.casehall.shared.document;

import io.casehall.shared.security.Actor;

/**
 * Port answering whether someone other than a document's owner may read it because of the case it is attached to
 * ({@link DocumentStore#attachToCase}): staff whose work needs the case, an institution's users for its own files.
 * Every bean of this type is asked; one yes is enough.
 */
public interface CaseDocumentAccess {

    boolean mayRead(Actor actor, String caseKey);
}
