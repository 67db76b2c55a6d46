package io.casehall.archive;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.archive.content.ContentLine;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.FormText;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an applicant does on an application after submitting it: pay, correct and re-upload, proofread,
 * cancel, e-mail the sealed PDFs, rate the service. The steps the engine asks for complete the applicant's
 * task; anything done twice or out of turn is refused with a message saying why.
 */
@Service
public class ApplicantActions {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_REMARK = 1000;

    private final ArchiveService archive;
    private final ApplicantSteps steps;
    private final IssuedPdfRepository pdfs;
    private final EmailRequestRepository emails;
    private final ServiceRatingRepository ratings;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    ApplicantActions(ArchiveService archive, ApplicantSteps steps, IssuedPdfRepository pdfs, EmailRequestRepository emails,
                     ServiceRatingRepository ratings, RuntimeService runtime, AuditLog audit, Clock clock) {
        this.archive = archive;
        this.steps = steps;
        this.pdfs = pdfs;
        this.emails = emails;
        this.ratings = ratings;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** "已完成支付": the applicant says they paid; staff then confirm receipt. Refused when nothing is due. */
    @Transactional
    public void markPaid(ApplicantPrincipal applicant, Long applicationId) {
        ArchiveApplication application = archive.own(applicant.applicantId(), applicationId);
        if (application.getPaymentStatus() == PaymentStatus.PAID || application.getPaymentStatus() == PaymentStatus.CONFIRMED) {
            throw new UserFacingException("archive.error.alreadyPaid", application.getNumber());
        }
        Task task = steps.require(application, ArchiveUseProcess.FORM_PAY, "archive.error.nothingToPay");
        application.payment().markedPaid(clock.instant());
        steps.complete(task, Map.of(ArchiveUseProcess.VAR_PAYMENT_MADE, true));
        audit.record(applicant, "ARCHIVE_MARKED_PAID", "archive-application", application.getNumber(),
                String.valueOf(application.getFeeAmount()));
    }

    /**
     * After a return for correction: new scans replace the old ones of the items they are for, the remark
     * is kept, and the application goes back to the clerk.
     */
    @Transactional
    public void resubmit(ApplicantPrincipal applicant, Long applicationId, Map<Long, List<UUID>> newScans, String remark) {
        ArchiveApplication application = archive.own(applicant.applicantId(), applicationId);
        Task task = steps.require(application, ArchiveUseProcess.FORM_CORRECT, "archive.error.notReturned");
        if (remark != null && remark.strip().length() > 500) {
            throw new UserFacingException("archive.error.tooLong", 500);
        }
        Instant now = clock.instant();
        String caseKey = ArchiveUseProcess.businessKey(application.getNumber());
        newScans.forEach((itemId, documentIds) -> {
            if (documentIds.isEmpty()) {
                return;
            }
            ArchiveItem item = application.item(itemId).orElseThrow(io.casehall.shared.web.NotFoundException::new);
            item.replaceFiles();
            archive.attachScans(applicant, item, documentIds, caseKey, now);
        });
        boolean missingScan = application.getItems().stream()
                .anyMatch(item -> item.getType().isScanRequired() && item.currentFiles().isEmpty());
        if (missingScan) {
            throw new UserFacingException("archive.error.scanRequired");
        }
        application.correctedByApplicant(remark, now);
        steps.complete(task, Map.of());
        audit.record(applicant, "ARCHIVE_RESUBMITTED", "archive-application", application.getNumber(), null);
    }

    /**
     * "我要校对": the applicant's corrections of English lines (line id → new text) and/or one remark. With
     * nothing changed and no remark the translation is confirmed and the case continues; otherwise a
     * proofreader answers first.
     */
    @Transactional
    public boolean proofread(ApplicantPrincipal applicant, Long applicationId, Map<Long, String> corrections, String remark) {
        ArchiveApplication application = archive.own(applicant.applicantId(), applicationId);
        if (!application.getStatus().isOpen()) {
            throw new UserFacingException("archive.error.caseFinished", application.getNumber());
        }
        Task task = steps.require(application, ArchiveUseProcess.FORM_PROOFREAD, "archive.error.notProofreading");
        if (remark != null && remark.strip().length() > MAX_REMARK) {
            throw new UserFacingException("archive.error.tooLong", MAX_REMARK);
        }
        boolean changed = false;
        for (ArchiveItem item : application.getItems()) {
            for (ContentLine line : item.getContent()) {
                if (corrections.containsKey(line.getId())) {
                    String text = corrections.get(line.getId());
                    if (text != null && text.strip().length() > MAX_REMARK) {
                        throw new UserFacingException("archive.error.tooLong", MAX_REMARK);
                    }
                    changed |= line.propose(text);
                }
            }
        }
        boolean hasRemark = remark != null && !remark.isBlank();
        boolean confirmed = !changed && !hasRemark;
        application.proofread(remark, clock.instant());
        if (confirmed) {
            application.proofreadingFinished(clock.instant());
        }
        steps.complete(task, Map.of(ArchiveUseProcess.VAR_PROOFREAD_CONFIRMED, confirmed,
                ArchiveUseProcess.VAR_PROOFREADING_REMARK_TEXT, FormText.plain(remark)));
        audit.record(applicant, confirmed ? "ARCHIVE_PROOF_CONFIRMED" : "ARCHIVE_PROOF_CORRECTED",
                "archive-application", application.getNumber(), null);
        return confirmed;
    }

    /** Cancels an open application; the model sends a paid one through the refund. */
    @Transactional
    public void cancel(ApplicantPrincipal applicant, Long applicationId) {
        ArchiveApplication application = archive.own(applicant.applicantId(), applicationId);
        if (!application.getStatus().isOpen()) {
            throw new UserFacingException("archive.error.cannotCancel", application.getNumber());
        }
        if (!pdfs.findByApplicationIdOrderById(applicationId).isEmpty()) {
            throw new UserFacingException("archive.error.cannotCancel", application.getNumber());
        }
        runtime.createMessageCorrelation(ArchiveUseProcess.MESSAGE_CANCELLED)
                .processInstanceId(application.getProcessInstanceId())
                .correlate();
        audit.record(applicant, "ARCHIVE_CANCELLED", "archive-application", application.getNumber(), null);
    }

    /**
     * Sends chosen sealed PDFs to an address, from the archive's mailbox, once per request: the same form
     * sent twice (same request key) is one request. Only where the service allows e-mail.
     */
    @Transactional
    public EmailRequest requestEmail(ApplicantPrincipal applicant, Long applicationId, String address,
                                     List<Long> pdfIds, String requestKey) {
        ArchiveApplication application = archive.own(applicant.applicantId(), applicationId);
        if (!application.isEmailAllowed()) {
            throw new UserFacingException("archive.error.emailNotAllowed");
        }
        if (application.getStatus() != ApplicationStatus.COMPLETED) {
            throw new UserFacingException("archive.error.emailNotReady");
        }
        if (requestKey == null || requestKey.isBlank()) {
            throw new UserFacingException("archive.error.formExpired");
        }
        var existing = emails.findByRequestKey(requestKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        String to = address == null ? "" : address.strip();
        if (!EMAIL.matcher(to).matches() || to.length() > 128) {
            throw new UserFacingException("archive.error.emailAddress");
        }
        List<Long> ownPdfs = pdfs.findByApplicationIdOrderById(applicationId).stream().map(IssuedPdf::getId).toList();
        if (pdfIds == null || pdfIds.isEmpty()) {
            throw new UserFacingException("archive.error.emailNoPdf");
        }
        if (!ownPdfs.containsAll(pdfIds)) {
            throw new io.casehall.shared.web.NotFoundException();
        }
        EmailRequest request = emails.save(new EmailRequest(applicationId, to, pdfIds, requestKey, clock.instant()));
        runtime.startProcessInstanceByKey(ArchiveUseProcess.EMAIL_KEY,
                ArchiveUseProcess.businessKey(application.getNumber()),
                Variables.createVariables().putValue(ArchiveUseProcess.VAR_EMAIL_REQUEST_ID, request.getId())
                        .putValue(ArchiveUseProcess.VAR_APPLICATION_ID, applicationId));
        audit.record(applicant, "ARCHIVE_EMAIL_REQUESTED", "archive-application", application.getNumber(),
                pdfIds.size() + " PDF");
        return request;
    }

    /** Service evaluation: 1–5 stars and a comment, once per finished application. */
    @Transactional
    public void rate(ApplicantPrincipal applicant, Long applicationId, Integer stars, String comment) {
        ArchiveApplication application = archive.own(applicant.applicantId(), applicationId);
        if (application.getStatus() != ApplicationStatus.COMPLETED) {
            throw new UserFacingException("archive.error.rateNotFinished");
        }
        if (ratings.existsById(applicationId)) {
            throw new UserFacingException("archive.error.alreadyRated", application.getNumber());
        }
        if (stars == null || stars < 1 || stars > 5) {
            throw new UserFacingException("archive.error.stars");
        }
        if (comment != null && comment.strip().length() > 500) {
            throw new UserFacingException("archive.error.tooLong", 500);
        }
        ratings.saveAndFlush(new ServiceRating(application, stars, comment, clock.instant()));
        audit.record(applicant, "ARCHIVE_RATED", "archive-application", application.getNumber(), stars + "★");
    }
}
