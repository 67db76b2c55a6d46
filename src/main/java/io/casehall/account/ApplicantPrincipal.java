package io.casehall.account;

import io.casehall.shared.security.Actor;
import java.io.Serializable;
import java.security.Principal;

/** The signed-in applicant, kept in the web session. */
public record ApplicantPrincipal(Long applicantId, String displayName) implements Actor, Principal, Serializable {

    @Override
    public Kind actorKind() {
        return Kind.APPLICANT;
    }

    @Override
    public String actorId() {
        return applicantId.toString();
    }

    @Override
    public String getName() {
        return "applicant:" + applicantId;
    }
}
