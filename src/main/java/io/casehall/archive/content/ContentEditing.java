package io.casehall.archive.content;

import io.casehall.archive.ApplicantSteps;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveApplicationRepository;
import io.casehall.archive.ArchiveItem;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.ArchiveUseProcess;
import io.casehall.archive.EmailRequest;
import io.casehall.archive.EmailRequestRepository;
import io.casehall.archive.IssuedPdf;
import io.casehall.archive.IssuedPdfRepository;
import io.casehall.archive.ServiceRating;
import io.casehall.archive.ServiceRatingRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document content staff prepare on the case page (header fields, transcript course rows, paragraphs),
 * and the reads of the case file that the staff case page and the applicant's proofreading page need with
 * that content loaded. Saving replaces an item's content as a whole; an applicant's pending proposal stays
 * with its line unless staff typed it in.
 */
@Service
public class ContentEditing {

    /** More rows than any transcript has; keeps one save within reason. */
    public static final int MAX_LINES = 400;

    private final ArchiveApplicationRepository applications;
    private final IssuedPdfRepository pdfs;
    private final EmailRequestRepository emails;
    private final ServiceRatingRepository ratings;
    private final ApplicantSteps steps;
    private final ArchiveService archive;
    private final AuditLog audit;

    ContentEditing(ArchiveApplicationRepository applications, IssuedPdfRepository pdfs, EmailRequestRepository emails,
                   ServiceRatingRepository ratings, ApplicantSteps steps, ArchiveService archive, AuditLog audit) {
        this.applications = applications;
        this.pdfs = pdfs;
        this.emails = emails;
        this.ratings = ratings;
        this.steps = steps;
        this.archive = archive;
        this.audit = audit;
    }

    /** What the staff case page shows: the application with items, files and content, and what it produced. */
    public record CaseFile(ArchiveApplication application, List<IssuedPdf> pdfs, List<EmailRequest> emails,
                    ServiceRating rating, boolean applicantProofreading) {
    }

    @Transactional(readOnly = true)
    public CaseFile caseFile(Long applicationId) {
        ArchiveApplication application = applications.findById(applicationId).orElseThrow(NotFoundException::new);
        load(application);
        return new CaseFile(application, pdfs.findByApplicationIdOrderById(applicationId),
                emails.findByApplicationIdOrderByRequestedAtDesc(applicationId),
                ratings.findById(applicationId).orElse(null), proofreadingOpen(application));
    }

    /** The applicant's own application with its content loaded, for "我要校对"; others get 404. */
    @Transactional(readOnly = true)
    public ArchiveApplication applicantContent(Long applicantId, Long applicationId) {
        ArchiveApplication application = archive.own(applicantId, applicationId);
        load(application);
        return application;
    }

    /**
     * Replaces the content of one item with the rows staff typed (blank and deleted rows dropped, in the order
     * given). Refused once the case is closed, and while the applicant is proofreading (their page shows the
     * current lines).
     */
    @Transactional
    public void save(Long applicationId, Long itemId, List<LineInput> lines, String staffUser) {
        ArchiveApplication application = applications.findById(applicationId).orElseThrow(NotFoundException::new);
        if (!application.getStatus().isOpen()) {
            throw new UserFacingException("archiveweb.content.error.closed", application.getNumber());
        }
        if (proofreadingOpen(application)) {
            throw new UserFacingException("archiveweb.content.error.proofreading", application.getNumber());
        }
        ArchiveItem item = application.item(itemId).orElseThrow(NotFoundException::new);
        List<LineInput> kept = lines == null ? List.of() : lines.stream()
                .filter(line -> line != null && !line.isDelete() && !line.isBlank()).toList();
        if (kept.size() > MAX_LINES) {
            throw new UserFacingException("archiveweb.content.error.tooMany", MAX_LINES);
        }
        Map<Long, ContentLine> previous = item.getContent().stream()
                .collect(Collectors.toMap(ContentLine::getId, Function.identity()));
        List<ContentLine> replacement = new ArrayList<>();
        for (LineInput input : kept) {
            int row = replacement.size() + 1;
            ContentKind kind = input.getKind() == null ? ContentKind.FIELD : input.getKind();
            ContentLine line = new ContentLine(item, replacement.size(), kind,
                    text(input.getLabelZh(), 128, row), text(input.getLabelEn(), 128, row),
                    text(input.getTextZh(), 1000, row), text(input.getTextEn(), 1000, row),
                    text(input.getCredit(), 8, row), text(input.getScore(), 16, row), text(input.getTerm(), 16, row));
            ContentLine before = input.getId() == null ? null : previous.get(input.getId());
            if (before != null && before.getProposedEn() != null) {
                line.propose(before.getProposedEn());
            }
            replacement.add(line);
        }
        item.replaceContent(replacement);
        audit.record(Actor.of(Actor.Kind.STAFF, staffUser == null ? "unknown" : staffUser), "ARCHIVE_CONTENT_SAVED",
                "archive-application", application.getNumber(), item.getType().name() + " " + replacement.size());
    }

    private boolean proofreadingOpen(ArchiveApplication application) {
        return steps.open(application, ArchiveUseProcess.FORM_PROOFREAD).isPresent();
    }

    private static String text(String value, int max, int row) {
        String text = ArchiveApplication.blankToNull(value);
        if (text != null && text.length() > max) {
            throw new UserFacingException("archiveweb.content.error.tooLong", row, max);
        }
        return text;
    }

    private static void load(ArchiveApplication application) {
        for (ArchiveItem item : application.getItems()) {
            item.getFiles().size();
            item.getContent().size();
        }
    }
}
