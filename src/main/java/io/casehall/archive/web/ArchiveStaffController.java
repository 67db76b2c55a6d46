package io.casehall.archive.web;

import io.casehall.account.AccountService;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveApplicationRepository;
import io.casehall.archive.ArchiveItem;
import io.casehall.archive.ArchiveItemType;
import io.casehall.archive.ArchiveServiceType;
import io.casehall.archive.IssuedPdf;
import io.casehall.archive.ServiceRating;
import io.casehall.archive.ServiceRatingRepository;
import io.casehall.archive.content.ContentEditing;
import io.casehall.archive.content.ContentKind;
import io.casehall.archive.content.LineInput;
import io.casehall.shared.security.CurrentActor;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.ListIndexes;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archive in the staff console: recent applications (search by number), the case page the Tasklist
 * forms link to — application, applicant, scans, payment, proofreading, and the editor of each document's
 * content — and the service ratings. For the archive roles (clerks, fee collection, proofreading) and
 * administrators.
 */
@Controller
@RequestMapping("/staff/archive")
@PreAuthorize(ArchiveStaffController.MAY_USE)
class ArchiveStaffController {

    static final String MAY_USE =
            "hasAnyAuthority('GROUP_archiveClerk','GROUP_feeCollection','GROUP_proofreading','ROLE_ADMIN')";
    static final int PAGE_SIZE = 30;
    /** Empty rows offered under each part of the editor: fill them, save, and as many appear again. */
    static final int EMPTY_COURSE_ROWS = 10;
    static final int EMPTY_FIELD_ROWS = 2;
    static final int EMPTY_TEXT_ROWS = 1;
    private static final int MAX_PAGE = 100_000;
    private static final String CONTENT_FORM = "contentForm";
    /** Flash attribute: the item whose editor a refused save was sent back to. */
    private static final String EDITED_ITEM = "editedItemId";
    /** What a row of the content editor posts (lines[i].textEn, ...); proposedEn is shown, never read back. */
    private static final Set<String> LINE_PROPERTIES = Set.of("id", "kind", "labelZh", "labelEn", "textZh", "textEn",
            "credit", "score", "term", "delete");

    private final ArchiveApplicationRepository applications;
    private final ServiceRatingRepository ratings;
    private final ContentEditing contents;
    private final AccountService accounts;
    private final TaskService tasks;
    private final Messages messages;
    private final StaffNames staffNames;

    ArchiveStaffController(ArchiveApplicationRepository applications, ServiceRatingRepository ratings,
                           ContentEditing contents, AccountService accounts, TaskService tasks, Messages messages,
                           StaffNames staffNames) {
        this.applications = applications;
        this.ratings = ratings;
        this.contents = contents;
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.staffNames = staffNames;
    }

    /** The rows of one item's editor, as posted (flashed back to the case page when a save is refused). */
    public static class ContentForm implements Serializable {
        private List<LineInput> lines = new ArrayList<>();

        public List<LineInput> getLines() { return lines; }
        public void setLines(List<LineInput> lines) { this.lines = lines; }
    }

    /** One line of the ratings table per service. */
    record ServiceAverage(ArchiveServiceType service, double average, long count) {
    }

    /** Long transcripts bind; a row index or property the editor never shows comes back as a message. */
    @InitBinder(CONTENT_FORM)
    void allowLongContent(WebDataBinder binder, HttpServletRequest request) {
        ListIndexes.limit(binder, request, "lines", ContentEditing.MAX_LINES + 100, LINE_PROPERTIES);
    }

    @GetMapping
    public String list(@RequestParam(name = "q", defaultValue = "") String query,
                       @RequestParam(name = "page", defaultValue = "0") String pageText, Model model) {
        String number = query.strip();
        Page<ArchiveApplication> page;
        if (number.isEmpty()) {
            page = applications.findAll(PageRequest.of(pageNumber(pageText), PAGE_SIZE,
                    Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        } else {
            page = new PageImpl<>(applications.findByNumber(number).map(List::of).orElse(List.of()));
        }
        model.addAttribute("q", number);
        model.addAttribute("page", page);
        model.addAttribute("names", accounts.fullNames(page.getContent().stream()
                .map(ArchiveApplication::getApplicantId).collect(Collectors.toSet())));
        return "archive/staff-list";
    }

    /** The case page; after a refused save, that item's editor shows the rows as typed (see {@link FormRedirect}). */
    @GetMapping("/applications/{id}")
    public String casePage(@PathVariable Long id, Model model) {
        ContentForm sentBack = FormRedirect.sentBack(model, CONTENT_FORM, ContentForm.class);
        Object editedItemId = model.getAttribute(EDITED_ITEM);
        if (sentBack != null && editedItemId instanceof Long itemId) {
            return render(id, itemId, sentBack.getLines(), model);
        }
        return render(id, null, null, model);
    }

    /**
     * Saves one item's content. Post/redirect/get also when the save is refused: the message, the rows as typed
     * and the item they belong to are flashed to the case page, so nothing typed is lost and a reload sends nothing.
     */
    @PostMapping("/applications/{id}/items/{itemId}/content")
    public String saveContent(@PathVariable Long id, @PathVariable Long itemId,
                              @ModelAttribute(CONTENT_FORM) ContentForm form, BindingResult binding,
                              HttpServletRequest request, RedirectAttributes redirect) {
        form.getLines().removeIf(Objects::isNull);
        form.getLines().stream().filter(line -> line.getKind() == null).forEach(line -> line.setKind(ContentKind.FIELD));
        if (binding.hasErrors() || ListIndexes.refused(request)) {
            return contentSentBack(id, itemId, form, binding, messages.get("archiveweb.content.error.rows"), redirect);
        }
        try {
            contents.save(id, itemId, form.getLines(), CurrentActor.get().actorId());
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            return contentSentBack(id, itemId, form, binding, messages.get(e), redirect);
        } catch (OptimisticLockingFailureException concurrent) {
            return contentSentBack(id, itemId, form, binding, messages.get("archiveweb.content.error.concurrent"),
                    redirect);
        }
        redirect.addFlashAttribute("okMessage", messages.get("archiveweb.content.saved"));
        return "redirect:/staff/archive/applications/" + id + "#item-" + itemId;
    }

    /** Back to the case page, whose editor of the item shows the rows as typed, with the message. */
    private static String contentSentBack(Long id, Long itemId, ContentForm form, BindingResult binding,
                                          String errorMessage, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorMessage", errorMessage);
        redirect.addFlashAttribute(EDITED_ITEM, itemId);
        return FormRedirect.back(redirect, "/staff/archive/applications/" + id + "#item-" + itemId, CONTENT_FORM,
                form, binding);
    }

    @GetMapping("/ratings")
    public String ratings(Model model) {
        List<ServiceAverage> averages = ratings.averages().stream()
                .map(row -> new ServiceAverage((ArchiveServiceType) row[0], ((Number) row[1]).doubleValue(),
                        ((Number) row[2]).longValue()))
                .sorted(Comparator.comparing(ServiceAverage::service))
                .toList();
        List<ServiceRating> recent = ratings.findTop200ByOrderByRatedAtDesc();
        Map<Long, String> numbers = applications.findAllById(recent.stream().map(ServiceRating::getApplicationId).toList())
                .stream().collect(Collectors.toMap(ArchiveApplication::getId, ArchiveApplication::getNumber));
        model.addAttribute("averages", averages);
        model.addAttribute("recent", recent);
        model.addAttribute("applicationNumbers", numbers);
        return "archive/staff-ratings";
    }

    private String render(Long id, Long editedItemId, List<LineInput> typed, Model model) {
        ContentEditing.CaseFile file = contents.caseFile(id);
        ArchiveApplication application = file.application();
        Map<Long, List<LineInput>> rows = new LinkedHashMap<>();
        for (ArchiveItem item : application.getItems()) {
            rows.put(item.getId(), item.getId().equals(editedItemId) && typed != null
                    ? typed : editorRows(item));
        }
        model.addAttribute("file", file);
        model.addAttribute("a", application);
        model.addAttribute("applicant", accounts.get(application.getApplicantId()));
        model.addAttribute("handlerName", staffNames.of(application.getHandler()));
        model.addAttribute("rows", rows);
        model.addAttribute("openTasks", application.getProcessInstanceId() == null ? List.<Task>of()
                : tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId()).list());
        model.addAttribute("editable", application.getStatus().isOpen() && !file.applicantProofreading());
        model.addAttribute("pdfByItem", file.pdfs().stream()
                .collect(Collectors.toMap(IssuedPdf::getItemId, Function.identity(), (x, y) -> x, HashMap::new)));
        return "archive/staff-case";
    }

    /** The item's lines grouped as the document shows them (fields, courses, paragraphs), each with empty rows. */
    private static List<LineInput> editorRows(ArchiveItem item) {
        List<LineInput> rows = new ArrayList<>();
        boolean courses = item.getType().layout() == ArchiveItemType.Layout.TRANSCRIPT
                || item.getContent().stream().anyMatch(line -> line.getKind() == ContentKind.COURSE);
        for (ContentKind kind : ContentKind.values()) {
            item.getContent().stream().filter(line -> line.getKind() == kind).map(LineInput::of).forEach(rows::add);
            int empty = switch (kind) {
                case FIELD -> EMPTY_FIELD_ROWS;
                case COURSE -> courses ? EMPTY_COURSE_ROWS : 0;
                case TEXT -> EMPTY_TEXT_ROWS;
            };
            for (int i = 0; i < empty; i++) {
                rows.add(new LineInput(kind));
            }
        }
        return rows;
    }

    private static int pageNumber(String text) {
        try {
            return Math.min(MAX_PAGE, Math.max(0, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
