package io.casehall.creditbank;

import io.casehall.shared.document.CaseDocumentAccess;
import io.casehall.shared.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The institution's own files — import reports, withdrawal reason files — are the institution's, not only their
 * uploader's: attached to {@link #caseKeyOf(Long)} ({@code DocumentStore.attachToCase}), every user of that
 * institution may read them, and nobody else.
 */
@Component
public class InstitutionFiles implements CaseDocumentAccess {

    private static final String PREFIX = "institution-";

    public static String caseKeyOf(Long institutionId) {
        return PREFIX + institutionId;
    }

    @Override
    public boolean mayRead(Actor actor, String caseKey) {
        return actor instanceof InstitutionPrincipal user && caseKey.equals(caseKeyOf(user.institutionId()));
    }
}
