package io.casehall.archive.process;

import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveApplicationRepository;
import io.casehall.archive.ArchiveLabels;
import io.casehall.archive.EmailRequest;
import io.casehall.archive.EmailRequestRepository;
import io.casehall.archive.IssuedPdf;
import io.casehall.archive.IssuedPdfRepository;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.notification.EmailGateway;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.seal.VerificationAddress;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an e-mail request's PDFs. Runs in the e-mail process's job: if the mail server is down the job fails,
 * is retried, and ends as an incident in Cockpit; a request marked sent is never sent again.
 */
@Service
class ArchiveEmails {

    private final EmailRequestRepository requests;
    private final IssuedPdfRepository pdfs;
    private final ArchiveApplicationRepository applications;
    private final DocumentStore documents;
    private final NotificationService notifications;
    private final ArchiveLabels labels;
    private final Clock clock;
    private final VerificationAddress verification;

    ArchiveEmails(EmailRequestRepository requests, IssuedPdfRepository pdfs, ArchiveApplicationRepository applications,
                  DocumentStore documents, NotificationService notifications, ArchiveLabels labels, Clock clock,
                  VerificationAddress verification) {
        this.requests = requests;
        this.pdfs = pdfs;
        this.applications = applications;
        this.documents = documents;
        this.notifications = notifications;
        this.labels = labels;
        this.clock = clock;
        this.verification = verification;
    }

    @Transactional
    void send(Long requestId) {
        EmailRequest request = requests.findById(requestId).orElseThrow(NotFoundException::new);
        if (request.getStatus() == EmailRequest.Status.SENT) {
            return;
        }
        ArchiveApplication application = applications.findById(request.getApplicationId()).orElseThrow(NotFoundException::new);
        Actor owner = Actor.of(Actor.Kind.APPLICANT, String.valueOf(application.getApplicantId()));
        List<EmailGateway.Attachment> attachments = new ArrayList<>();
        for (Long pdfId : request.pdfIdList()) {
            IssuedPdf pdf = pdfs.findById(pdfId).orElseThrow(NotFoundException::new);
            DocumentContent content = documents.read(pdf.getDocumentId(), owner);
            attachments.add(new EmailGateway.Attachment(pdf.getFileName(), "application/pdf", content.bytes()));
        }
        notifications.emailWithAttachments(request.getAddress(),
                Notice.of("archive-email-" + request.getId(), "archive.email", null, application.getNumber(),
                        labels.service(application.getService()), verification.url()),
                Locale.SIMPLIFIED_CHINESE, attachments);
        request.sent(clock.instant());
    }
}
