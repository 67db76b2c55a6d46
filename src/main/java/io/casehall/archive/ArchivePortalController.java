package io.casehall.archive;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's way into an archive application: the three services with their guide, the choice of the
 * study stage, and the application form (prefilled from the verified profile or, for 再次申请, from an earlier
 * application). A form that comes back with messages keeps everything typed and every scan uploaded.
 */
@Controller
@RequestMapping("/apply/archive")
class ArchivePortalController {

    static final List<String> EDUCATION_LEVELS = List.of("博士研究生", "硕士研究生", "本科生", "专科生");
    static final List<String> SCHOOLING_LENGTHS = List.of("2年", "2.5年", "3年", "4年", "5年", "6年", "8年");
    static final List<String> STUDY_MODES = List.of("全日制", "非全日制");
    static final List<String> DEGREE_TYPES = List.of("哲学", "经济学", "法学", "教育学", "文学", "历史学", "理学",
            "工学", "农学", "医学", "军事学", "管理学", "艺术学", "交叉学科", "无学位");
    static final List<String> STUDY_CATEGORIES = List.of("博士", "硕士", "本科", "专科");
    static final String SCAN_FIELD = "scan_";

    private final ArchiveService archive;
    private final ScanUploads uploads;
    private final DocumentStore documents;
    private final Messages messages;
    private final Clock clock;

    ArchivePortalController(ArchiveService archive, ScanUploads uploads, DocumentStore documents, Messages messages,
                            Clock clock) {
        this.archive = archive;
        this.uploads = uploads;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /** One service on the first page: its rules from the DMN, and why the applicant may not apply (or null). */
    record ServiceCard(ArchiveServiceType service, ServiceVariant variant, String refusal) {
    }

    @ModelAttribute("zone")
    String zone() {
        return clock.getZone().getId();
    }

    @GetMapping
    String services(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        List<ServiceCard> cards = new ArrayList<>();
        for (ArchiveServiceType service : ArchiveServiceType.values()) {
            ServiceVariant variant = archive.variantOf(service);
            cards.add(new ServiceCard(service, variant, refusal(applicant, variant)));
        }
        model.addAttribute("services", cards);
        return "archive/services";
    }

    /** Without a stage: the choice of stage. With one (or an earlier application to copy): the form. */
    @GetMapping("/{serviceCode}/new")
    String newForm(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String serviceCode,
                   @RequestParam(name = "stage", required = false) String stageName,
                   @RequestParam(name = "from", required = false) Long fromApplicationId, Model model) {
        ArchiveServiceType service = serviceOf(serviceCode);
        StudyStage stage = stageOf(stageName);
        if (fromApplicationId == null && stage == null) {
            return stageChoice(applicant, service, model);
        }
        ApplicationForm form = archive.newForm(applicant.applicantId(), service, stage, fromApplicationId);
        ServiceVariant variant = archive.variantOf(form.getService());
        String refused = refusal(applicant, variant);
        if (refused != null) {
            return refusedPage(form.getService(), variant, refused, model);
        }
        return formPage(form, variant, Map.of(), model);
    }

    @PostMapping("/applications")
    String submit(@AuthenticationPrincipal ApplicantPrincipal applicant, @ModelAttribute("form") ApplicationForm form,
                  BindingResult binding, @RequestParam MultiValueMap<String, MultipartFile> files, Model model,
                  RedirectAttributes redirect) throws IOException {
        if (form.getService() == null) {
            throw new NotFoundException();
        }
        ServiceVariant variant = archive.variantOf(form.getService());
        String refused = refusal(applicant, variant);
        if (refused != null) {
            return refusedPage(form.getService(), variant, refused, model);
        }
        if (form.getPreviousApplicationId() != null) {
            archive.own(applicant.applicantId(), form.getPreviousApplicationId());
        }
        if (form.getSubmissionKey() == null || form.getSubmissionKey().isBlank() || form.getSubmissionKey().length() > 64) {
            form.setSubmissionKey(UUID.randomUUID().toString());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(
                error.getField().replaceAll("\\.documentIds\\[\\d+]$", ".documentIds"),
                messages.get(error.getField().endsWith("Date") ? "archiveweb.form.error.date" : "archiveweb.form.error.format")));
        archive.ensureItemRows(form);
        storeUploads(applicant, form, files, errors);
        describeScans(applicant, form);
        for (ApplicationValidator.Problem problem : archive.check(form)) {
            errors.putIfAbsent(problem.field(), messages.get(problem.messageKey(), problem.args()));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errorMessage", messages.get("archiveweb.form.hasErrors"));
            return formPage(form, variant, errors, model);
        }
        ArchiveApplication application;
        try {
            application = archive.submit(applicant, form);
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            // The same form sent twice at the same moment: the other request created it; this finds it.
            application = archive.submit(applicant, form);
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            model.addAttribute("errorMessage", messages.get(e));
            return formPage(form, variant, errors, model);
        }
        // A resent form finds the application made first, which is of the form's service unless the form was altered.
        ServiceVariant submitted = application.getService() == form.getService() ? variant
                : archive.variantOf(application.getService());
        redirect.addFlashAttribute("okMessage", messages.get("archiveweb.submitted", application.getNumber(),
                String.valueOf(submitted.processingWorkingDays()),
                String.valueOf(application.getExpectedBy())));
        return "redirect:/apply/archive/applications/" + application.getId();
    }

    /** Stores each file at once (so a form sent back keeps it); a refused file is named at its row. */
    private void storeUploads(ApplicantPrincipal applicant, ApplicationForm form,
                              MultiValueMap<String, MultipartFile> files, Map<String, String> errors) throws IOException {
        for (int i = 0; i < form.getItems().size(); i++) {
            String refused = uploads.store(applicant, files.getOrDefault(SCAN_FIELD + i, List.of()),
                    form.getItems().get(i).getDocumentIds());
            if (refused != null) {
                errors.merge("items[" + i + "].documentIds", refused, (a, b) -> a + " " + b);
            }
        }
    }

    /** File names come from the store, never from the form: an id that is not the applicant's is a 404. */
    private void describeScans(ApplicantPrincipal applicant, ApplicationForm form) {
        for (ApplicationForm.ItemChoice choice : form.getItems()) {
            List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(choice.getDocumentIds()));
            ids.removeIf(java.util.Objects::isNull);
            List<String> names = new ArrayList<>();
            for (UUID id : ids) {
                names.add(documents.describeOwned(id, applicant).getOriginalName());
            }
            choice.setDocumentIds(ids);
            choice.setFileNames(names);
        }
    }

    private String stageChoice(ApplicantPrincipal applicant, ArchiveServiceType service, Model model) {
        ServiceVariant variant = archive.variantOf(service);
        String refused = refusal(applicant, variant);
        if (refused != null) {
            return refusedPage(service, variant, refused, model);
        }
        model.addAttribute("service", service);
        model.addAttribute("variant", variant);
        model.addAttribute("stages", StudyStage.values());
        return "archive/stage";
    }

    private String refusedPage(ArchiveServiceType service, ServiceVariant variant, String refusal, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("variant", variant);
        model.addAttribute("refusal", refusal);
        return "archive/stage";
    }

    private String formPage(ApplicationForm form, ServiceVariant variant, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("variant", variant);
        model.addAttribute("copies", IntStream.rangeClosed(1, ApplicationValidator.MAX_COPIES).boxed().toList());
        model.addAttribute("deliveryModes", DeliveryMode.values());
        model.addAttribute("stages", StudyStage.values());
        model.addAttribute("educationLevels", options(EDUCATION_LEVELS, form.getEducationLevel()));
        model.addAttribute("schoolingLengths", options(SCHOOLING_LENGTHS, form.getSchoolingLength()));
        model.addAttribute("degreeTypes", options(DEGREE_TYPES, form.getDegreeType()));
        model.addAttribute("studyModes", options(STUDY_MODES, form.getStudyMode()));
        model.addAttribute("studyCategories", options(STUDY_CATEGORIES, form.getStudyCategory()));
        return "archive/form";
    }

    /** The select's options, with the current value added when it is not one of them (nothing is lost). */
    private static List<String> options(List<String> standard, String current) {
        if (current == null || current.isBlank() || standard.contains(current)) {
            return standard;
        }
        List<String> options = new ArrayList<>(standard);
        options.add(current);
        return options;
    }

    /** Why the applicant may not use the service of this variant, or null. */
    private String refusal(ApplicantPrincipal applicant, ServiceVariant variant) {
        try {
            archive.requireEligible(applicant.applicantId(), variant);
            return null;
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            return messages.get(e);
        }
    }

    static ArchiveServiceType serviceOf(String code) {
        return ArchiveServiceType.fromCode(code).orElseThrow(NotFoundException::new);
    }

    private static StudyStage stageOf(String name) {
        return name == null ? null : Arrays.stream(StudyStage.values()).filter(s -> s.name().equals(name))
                .findFirst().orElse(null);
    }
}
