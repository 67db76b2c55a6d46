package io.casehall.archive;

import java.util.List;

/** An application with what the applicant can do with it now: the engine's open steps, PDFs, e-mails, rating. */
public record ApplicationView(ArchiveApplication application, List<String> openSteps, List<IssuedPdf> pdfs,
                              List<EmailRequest> emails, ServiceRating rating) {

    public boolean canPay() {
        return openSteps.contains(ArchiveUseProcess.FORM_PAY);
    }

    public boolean canCorrect() {
        return openSteps.contains(ArchiveUseProcess.FORM_CORRECT);
    }

    public boolean canProofread() {
        return openSteps.contains(ArchiveUseProcess.FORM_PROOFREAD);
    }

    public boolean canCancel() {
        return application.getStatus().isOpen() && application.getProcessInstanceId() != null;
    }

    public boolean canEmail() {
        return application.isEmailAllowed() && application.getStatus() == ApplicationStatus.COMPLETED && !pdfs.isEmpty();
    }

    public boolean canRate() {
        return application.getStatus() == ApplicationStatus.COMPLETED && rating == null;
    }

    public boolean isFinished() {
        return !application.getStatus().isOpen();
    }
}
