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

    /**
     * The status the applicant reads, saying whose turn it is (the one place for it): 待您校对 while the
     * proofreading step is theirs, 校对意见处理中（工作人员办理） once they sent corrections, and so on.
     */
    public String statusKey() {
        ApplicationStatus status = application.getStatus();
        return switch (status) {
            case SUBMITTED -> "archive.turn.staffChecking";
            case RETURNED -> canCorrect() ? "archive.turn.yourCorrection" : "archive.turn.staffChecking";
            case IN_PROGRESS -> canPay() ? "archive.turn.yourPayment"
                    : application.getPaymentStatus() == PaymentStatus.PAID ? "archive.turn.staffConfirmingPayment"
                    : "archive.turn.staffWorking";
            case PROOFREADING -> canProofread() ? "archive.turn.yourProofreading" : "archive.turn.staffAnswering";
            default -> "archive.status." + status.name();
        };
    }

    /** Whether the applicant must do something now (pay, correct, proofread). */
    public boolean applicantMustAct() {
        return canPay() || canCorrect() || canProofread();
    }

    public boolean isFinished() {
        return !application.getStatus().isOpen();
    }
}
