package io.casehall.archive.submission;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.ApplicantProfile;
import io.casehall.account.ApplicantProfiles;
import io.casehall.archive.ApplicationForm;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveApplicationRepository;
import io.casehall.archive.ArchiveItem;
import io.casehall.archive.ArchiveItemFile;
import io.casehall.archive.ArchiveItemType;
import io.casehall.archive.ArchiveRules;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.ArchiveServiceType;
import io.casehall.archive.ArchiveUseProcess;
import io.casehall.archive.DeliveryMode;
import io.casehall.shared.web.FormProblem;
import io.casehall.archive.ServiceVariant;
import io.casehall.archive.StudyStage;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.calendar.WorkingCalendar;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.numbering.BusinessNumbers;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** New archive applications: the prefilled form, scan uploads, checks, and submission that starts the case. */
@Service
public class ArchiveSubmissions {

    static final String NUMBER_SERIES = "archive";

    private final ArchiveApplicationRepository applications;
    private final ArchiveRules rules;
    private final ApplicationValidator validator;
    private final ApplicantIdentity identity;
    private final ApplicantProfiles profiles;
    private final DocumentStore documents;
    private final BusinessNumbers numbers;
    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final ArchiveProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    ArchiveSubmissions(ArchiveApplicationRepository applications, ArchiveRules rules, ApplicationValidator validator,
                       ApplicantIdentity identity, ApplicantProfiles profiles, DocumentStore documents,
                       BusinessNumbers numbers, WorkingCalendar calendar, RuntimeService runtime,
                       ArchiveProperties properties, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.rules = rules;
        this.validator = validator;
        this.identity = identity;
        this.profiles = profiles;
        this.documents = documents;
        this.numbers = numbers;
        this.calendar = calendar;
        this.runtime = runtime;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new form: stage details from the verified profile (the student number of the chosen stage from the
     * graduate registry), or — for "apply again" — everything from the earlier application (items, copies,
     * delivery), which must be the applicant's own.
     */
    @Transactional(readOnly = true)
    public ApplicationForm newForm(Long applicantId, ArchiveServiceType service, StudyStage stage, Long fromApplicationId) {
        ApplicationForm form = new ApplicationForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        if (fromApplicationId != null) {
            ArchiveApplication previous = ArchiveService.own(applications, applicantId, fromApplicationId);
            copyFrom(previous, form);
            ensureItemRows(form);
            return form;
        }
        form.setService(service);
        form.setStage(stage);
        ApplicantProfile profile = profiles.of(applicantId);
        form.setStudentNo(identity.prefill(profile, stage));
        form.setEducationLevel(profile.educationLevel());
        form.setEnrolmentDate(profile.enrolmentDate());
        form.setGraduationDate(profile.graduationDate());
        form.setDepartment(profile.department());
        form.setMajor(profile.major());
        form.setSchoolingLength(profile.schoolingLength());
        form.setDegreeType(profile.degreeType());
        form.setStudyMode(profile.studyMode());
        form.setStudyCategory(profile.studyCategory());
        form.setDeliveryMode(DeliveryMode.PICKUP);
        ensureItemRows(form);
        return form;
    }

    /** Every item the service offers has a row, in catalogue order (the form posts only what it shows). */
    public void ensureItemRows(ApplicationForm form) {
        if (form.getService() == null) {
            return;
        }
        List<ApplicationForm.ItemChoice> rows = new ArrayList<>();
        for (ArchiveItemType type : ArchiveItemType.of(form.getService())) {
            rows.add(form.getItems().stream().filter(c -> c.getType() == type).findFirst()
                    .orElseGet(() -> new ApplicationForm.ItemChoice(type)));
        }
        form.setItems(rows);
    }

    private static void copyFrom(ArchiveApplication previous, ApplicationForm form) {
        form.setPreviousApplicationId(previous.getId());
        form.setService(previous.getService());
        form.setStage(previous.getStage());
        form.setStudentNo(previous.getStudentNo());
        form.setEducationLevel(previous.getEducationLevel());
        form.setEnrolmentDate(previous.getEnrolmentDate());
        form.setGraduationDate(previous.getGraduationDate());
        form.setDepartment(previous.getDepartment());
        form.setMajor(previous.getMajor());
        form.setSchoolingLength(previous.getSchoolingLength());
        form.setDegreeType(previous.getDegreeType());
        form.setStudyMode(previous.getStudyMode());
        form.setStudyCategory(previous.getStudyCategory());
        form.setDeliveryMode(previous.getDeliveryMode());
        form.setRecipientName(previous.getRecipientName());
        form.setRecipientPhone(previous.getRecipientPhone());
        form.setPostalAddress(previous.getPostalAddress());
        for (ArchiveItem item : previous.getItems()) {
            ApplicationForm.ItemChoice choice = new ApplicationForm.ItemChoice(item.getType());
            choice.setSelected(true);
            choice.setCopies(item.getCopies());
            for (ArchiveItemFile file : item.currentFiles()) {
                choice.getDocumentIds().add(file.getDocumentId());
                choice.getFileNames().add(file.getFileName());
            }
            form.getItems().add(choice);
        }
    }

    /** Stores an uploaded scan at once (content-checked), so a form sent back with messages keeps it. */
    @Transactional
    public StoredDocument storeScan(ApplicantPrincipal applicant, String fileName, byte[] content) {
        return documents.store(applicant, UploadPolicy.ARCHIVE_SCAN, fileName, content);
    }

    /**
     * Problems with the form, each naming its field; empty when it can be submitted. Includes a student number
     * that the graduate registry gives to another person.
     */
    @Transactional(readOnly = true)
    public List<FormProblem> check(Long applicantId, ApplicationForm form) {
        return check(profiles.of(applicantId), form);
    }

    private List<FormProblem> check(ApplicantProfile profile, ApplicationForm form) {
        List<FormProblem> problems = new ArrayList<>(validator.check(form, profile));
        FormProblem studentNo = identity.problem(profile.applicantId(), form.getStudentNo());
        if (studentNo != null) {
            problems.add(studentNo);
        }
        return problems;
    }

    /**
     * Submits the application and starts its case. Name and ID number are the verified profile's (nothing in
     * the form names them); a student number the registry does not know is kept with a warning for staff. A
     * second submit of the same form (same submission key) returns the application the first one created;
     * callers go through {@link io.casehall.shared.web.SubmissionTokens}, this is the last line behind it.
     */
    @Transactional
    public ArchiveApplication submit(ApplicantPrincipal applicant, ApplicationForm form) {
        var existing = applications.findBySubmissionKey(form.getSubmissionKey());
        if (existing.isPresent()) {
            return ownOrRefuse(existing.get(), applicant.applicantId());
        }
        ApplicantProfile profile = profiles.of(applicant.applicantId());
        List<FormProblem> problems = check(profile, form);
        if (!problems.isEmpty()) {
            FormProblem first = problems.get(0);
            throw new UserFacingException(first.messageKey(), first.args());
        }
        ServiceVariant variant = rules.variantOf(form.getService());
        ArchiveService.requireEligible(profile, variant);
        var now = clock.instant();
        ArchiveApplication application = new ArchiveApplication(numbers.next(NUMBER_SERIES), form.getSubmissionKey(),
                applicant.applicantId(), form, variant, calendar.workingDaysFromToday(variant.processingWorkingDays()), now);
        ApplicantIdentity.StudentNo studentNo = identity.resolve(applicant.applicantId(), form.getStudentNo());
        application.studentNoChecked(studentNo.value(), studentNo.unverified());
        String caseKey = ArchiveUseProcess.businessKey(application.getNumber());
        for (ApplicationForm.ItemChoice choice : form.selectedItems()) {
            attachScans(applicant, application.addItem(choice.getType(), choice.getCopies()), choice.getDocumentIds(),
                    caseKey, now);
        }
        applications.saveAndFlush(application);
        var instance = runtime.startProcessInstanceByKey(ArchiveUseProcess.KEY, caseKey, Variables.createVariables()
                .putValue(ArchiveUseProcess.VAR_APPLICATION_ID, application.getId())
                .putValue(ArchiveUseProcess.VAR_APPLICATION_NUMBER, application.getNumber())
                .putValue(ArchiveUseProcess.VAR_CASE_TITLE, application.getNumber() + " " + profile.fullName())
                .putValue(ArchiveUseProcess.VAR_APPLICANT, ArchiveUseProcess.applicantAssignee(applicant.applicantId()))
                .putValue(ArchiveUseProcess.VAR_SERVICE, form.getService().code())
                .putValue(ArchiveUseProcess.VAR_DELIVERY_MODE, form.getDeliveryMode().name())
                .putValue(ArchiveUseProcess.VAR_CASE_LINK, "/staff/archive/applications/" + application.getId())
                .putValue(ArchiveUseProcess.VAR_REMINDER_DAYS, properties.paymentReminderWorkingDays())
                .putValue(ArchiveUseProcess.VAR_DEADLINE_DAYS, properties.paymentDeadlineWorkingDays())
                .putValue(ArchiveUseProcess.VAR_PICKUP_PLACE, properties.pickupPlace()));
        application.startedAs(instance.getProcessInstanceId());
        audit.record(applicant, "ARCHIVE_SUBMITTED", "archive-application", application.getNumber(),
                form.getService().code());
        return application;
    }

    /** Attaches the applicant's own scans to an item and links them to the case; another's scan is a 404. */
    public void attachScans(ApplicantPrincipal applicant, ArchiveItem item, List<UUID> documentIds, String caseKey,
                     Instant now) {
        for (UUID documentId : documentIds) {
            StoredDocument scan = documents.describeOwned(documentId, applicant);
            item.attach(scan.getId(), scan.getOriginalName(), now);
            documents.attachToCase(scan.getId(), caseKey);
        }
    }

    private static ArchiveApplication ownOrRefuse(ArchiveApplication application, Long applicantId) {
        if (!application.getApplicantId().equals(applicantId)) {
            throw new NotFoundException();
        }
        return application;
    }
}
