package io.casehall.archive.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.ServiceVariant;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import org.springframework.stereotype.Component;

/** Why the applicant may not use a service: for the services list, the choice of stage, the form and its POST. */
@Component
class ArchiveEligibility {

    private final ArchiveService archive;
    private final Messages messages;

    ArchiveEligibility(ArchiveService archive, Messages messages) {
        this.archive = archive;
        this.messages = messages;
    }

    /** Why the applicant may not use the service of this variant, or null. */
    String refusal(ApplicantPrincipal applicant, ServiceVariant variant) {
        try {
            archive.requireEligible(applicant.applicantId(), variant);
            return null;
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            return messages.get(e);
        }
    }
}
