package io.casehall.creditbank.method;

import io.casehall.creditbank.InstitutionFiles;
import io.casehall.shared.document.CaseDocumentAccess;
import io.casehall.shared.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The portal's anonymous reader of a published conversion method's PDF. Only {@link ConversionMethods#publishedFile}
 * makes a {@link Reader}, after checking that the method is published, and asks for that method's document only; the
 * reader may read files of that method's institution (where the method's PDF is attached), and nothing else.
 */
@Component
class PublishedMethodFiles implements CaseDocumentAccess {

    /** Audited as the system reading for the portal, naming the method. */
    record Reader(long institutionId, long methodId) implements Actor {

        @Override
        public Kind actorKind() {
            return Kind.SYSTEM;
        }

        @Override
        public String actorId() {
            return "portal:creditbank-method-" + methodId;
        }
    }

    @Override
    public boolean mayRead(Actor actor, String caseKey) {
        return actor instanceof Reader reader && caseKey.equals(InstitutionFiles.caseKeyOf(reader.institutionId()));
    }
}
