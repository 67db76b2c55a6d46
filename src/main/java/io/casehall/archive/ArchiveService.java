package io.casehall.archive;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.ApplicantProfile;
import io.casehall.account.ApplicantProfiles;
import io.casehall.archive.submission.ApplicationValidator;
import io.casehall.archive.submission.ArchiveProperties;
import io.casehall.archive.submission.ArchiveSubmissions;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The archive module's applicant API: eligibility, profile, own applications and downloads (submission: {@link ArchiveSubmissions}). */
@Service
@EnableConfigurationProperties(ArchiveProperties.class)
public class ArchiveService {

    private final ArchiveApplicationRepository applications;
    private final IssuedPdfRepository pdfs;
    private final EmailRequestRepository emails;
    private final ServiceRatingRepository ratings;
    private final ArchiveRules rules;
    private final ApplicantProfiles profiles;
    private final ApplicantSteps steps;
    private final DocumentStore documents;
    private final ArchiveSubmissions submissions;

    ArchiveService(ArchiveApplicationRepository applications, IssuedPdfRepository pdfs, EmailRequestRepository emails,
                   ServiceRatingRepository ratings, ArchiveRules rules, ApplicantProfiles profiles,
                   ApplicantSteps steps, DocumentStore documents, ArchiveSubmissions submissions) {
        this.applications = applications;
        this.pdfs = pdfs;
        this.emails = emails;
        this.ratings = ratings;
        this.rules = rules;
        this.profiles = profiles;
        this.steps = steps;
        this.documents = documents;
        this.submissions = submissions;
    }

    public ServiceVariant variantOf(ArchiveServiceType service) {
        return rules.variantOf(service);
    }

    /**
     * Refuses applicants the service's eligibility condition (from the DMN) excludes, and returns the
     * evaluated variant for reuse. Not read-only: evaluating a decision writes its history.
     */
    @Transactional
    public ServiceVariant requireEligible(Long applicantId, ArchiveServiceType service) {
        ApplicantProfile profile = profiles.of(applicantId);
        ServiceVariant variant = variantOf(service);
        requireEligible(profile, variant);
        return variant;
    }

    /** The same check against a variant already evaluated (no decision is evaluated again). */
    @Transactional(readOnly = true)
    public void requireEligible(Long applicantId, ServiceVariant variant) {
        requireEligible(profiles.of(applicantId), variant);
    }

    public static void requireEligible(ApplicantProfile profile, ServiceVariant variant) {
        switch (variant.eligibility()) {
            case OWN_GRADUATE -> {
                if (!profile.ownGraduate()) {
                    throw new UserFacingException("archive.error.notOwnGraduate");
                }
            }
            case ARCHIVE_KEPT_BY_UNIVERSITY -> {
                if (!profile.archiveKeptByUniversity()) {
                    throw new UserFacingException("archive.error.archiveNotKept");
                }
            }
            case ANY -> { }
        }
    }

    /** The verified profile: the name and ID number an application shows, and what its selects offer. */
    @Transactional(readOnly = true)
    public ApplicantProfile profile(Long applicantId) {
        return profiles.of(applicantId);
    }

    /** See {@link ArchiveSubmissions#newForm}. */
    public ApplicationForm newForm(Long applicantId, ArchiveServiceType service, StudyStage stage, Long fromApplicationId) {
        return submissions.newForm(applicantId, service, stage, fromApplicationId);
    }

    /** Every item the service offers has a row, in catalogue order (the form posts only what it shows). */
    public void ensureItemRows(ApplicationForm form) {
        submissions.ensureItemRows(form);
    }

    /** Stores an uploaded scan at once (content-checked), so a form sent back with messages keeps it. */
    public StoredDocument storeScan(ApplicantPrincipal applicant, String fileName, byte[] content) {
        return submissions.storeScan(applicant, fileName, content);
    }

    /** Problems with the form, each naming its field; empty when it can be submitted. */
    public List<FormProblem> check(Long applicantId, ApplicationForm form) {
        return submissions.check(applicantId, form);
    }

    /** Submits the application and starts its case (see {@link ArchiveSubmissions#submit}). */
    public ArchiveApplication submit(ApplicantPrincipal applicant, ApplicationForm form) {
        return submissions.submit(applicant, form);
    }

    void attachScans(ApplicantPrincipal applicant, ArchiveItem item, List<UUID> documentIds, String caseKey,
                     Instant now) {
        submissions.attachScans(applicant, item, documentIds, caseKey, now);
    }


    /** The applicant's applications, newest first, each with its open steps, PDFs, e-mails and rating. */
    @Transactional(readOnly = true)
    public List<ApplicationView> myApplications(Long applicantId) {
        List<ArchiveApplication> mine = applications.findByApplicantIdOrderBySubmittedAtDesc(applicantId);
        Map<String, List<String>> open = steps.openSteps(applicantId, mine);
        return mine.stream().map(a -> view(a, open.getOrDefault(a.getNumber(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public ApplicationView myApplication(Long applicantId, Long applicationId) {
        ArchiveApplication application = own(applicantId, applicationId);
        return view(application, steps.openSteps(applicantId, List.of(application))
                .getOrDefault(application.getNumber(), List.of()));
    }

    private ApplicationView view(ArchiveApplication application, List<String> openSteps) {
        application.getItems().forEach(item -> item.getFiles().size());
        return new ApplicationView(application, openSteps, pdfs.findByApplicationIdOrderById(application.getId()),
                emails.findByApplicationIdOrderByRequestedAtDesc(application.getId()),
                ratings.findById(application.getId()).orElse(null));
    }

    /** The applicant's own sealed PDF of an application. */
    @Transactional
    public DocumentContent readPdf(ApplicantPrincipal applicant, Long applicationId, Long pdfId) {
        own(applicant.applicantId(), applicationId);
        IssuedPdf pdf = pdfs.findById(pdfId).filter(p -> p.getApplicationId().equals(applicationId))
                .orElseThrow(NotFoundException::new);
        return documents.read(pdf.getDocumentId(), applicant);
    }

    /** A scan the applicant uploaded to one of their applications. */
    @Transactional
    public DocumentContent readScan(ApplicantPrincipal applicant, Long applicationId, UUID documentId) {
        ArchiveApplication application = own(applicant.applicantId(), applicationId);
        boolean belongs = application.getItems().stream().flatMap(i -> i.getFiles().stream())
                .anyMatch(f -> f.getDocumentId().equals(documentId));
        if (!belongs) {
            throw new NotFoundException();
        }
        return documents.read(documentId, applicant);
    }

    /** One of the applicant's own applications; anyone else's (or none) is a 404. */
    public ArchiveApplication own(Long applicantId, Long applicationId) {
        return own(applications, applicantId, applicationId);
    }

    public static ArchiveApplication own(ArchiveApplicationRepository applications, Long applicantId, Long applicationId) {
        return applications.findById(applicationId)
                .filter(a -> a.getApplicantId().equals(applicantId))
                .orElseThrow(NotFoundException::new);
    }
}
