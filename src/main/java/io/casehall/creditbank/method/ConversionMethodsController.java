package io.casehall.creditbank.method;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.commitment.PublishingCommitments;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 转换办法发布 (seed 004 §2.3.1): the institution's methods with the filters 发布时间 and 状态, 上传转换办法 (保存 /
 * 发布, after the 信息发布安全承诺书 on a user's first visit), 发布, 撤销发布 and 删除 (each confirmed on its own small
 * page), 修改, and the PDF. Every user of the institution may manage its methods (the seed names no role); every
 * change is audited by {@link ConversionMethods}.
 */
@Controller
@RequestMapping(ConversionMethodsController.BASE)
class ConversionMethodsController {

    static final String BASE = "/institution/methods";

    private final ConversionMethods methods;
    private final PublishingCommitments commitments;
    private final Messages messages;
    private final Clock clock;

    ConversionMethodsController(ConversionMethods methods, PublishingCommitments commitments, Messages messages,
                                Clock clock) {
        this.methods = methods;
        this.commitments = commitments;
        this.messages = messages;
        this.clock = clock;
    }

    /** A row as the list shows it: days, and 发布时间 only while published (a withdrawn method is 未发布 again). */
    public record Row(long id, String name, LocalDate uploadedOn, LocalDate publishedOn, String fileName,
               MethodStatus status) {

        public boolean published() {
            return status == MethodStatus.PUBLISHED;
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String status, @AuthenticationPrincipal InstitutionPrincipal me,
                Model model) {
        LocalDate fromDay = day(from, model);
        LocalDate toDay = day(to, model);
        MethodStatus chosen = status(status);
        List<Row> rows = methods.list(me, new ConversionMethods.Filter(fromDay, toDay, chosen)).stream()
                .map(this::row).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("from", fromDay == null ? "" : fromDay.toString());
        model.addAttribute("to", toDay == null ? "" : toDay.toString());
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statuses", MethodStatus.values());
        return "creditbank/methods";
    }

    // ---- 上传转换办法 ----

    @GetMapping("/new")
    String uploadPage(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        String commitment = commitments.redirectIfNotAccepted(me, BASE + "/new");
        if (commitment != null) {
            return commitment;
        }
        formDefaults(model);
        return "creditbank/method-form";
    }

    @PostMapping("/new")
    String upload(@RequestParam(required = false) String name,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "committed", required = false) String committed,
                  @RequestParam(name = "action", required = false) String action,
                  @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) throws IOException {
        boolean publish = "publish".equals(action);
        try {
            ConversionMethod method = methods.upload(me, name, committed != null, fileName(file), bytes(file), publish);
            flash.addFlashAttribute("okMessage", messages.get(publish ? "creditbank.method.publishedDone"
                    : "creditbank.method.saved", method.getName()));
            return "redirect:" + BASE;
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            sendBack(flash, e, file, name, committed != null);
            return "redirect:" + BASE + "/new";
        }
    }

    // ---- 修改 ----

    @GetMapping("/{id:\\d+}/edit")
    String editPage(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model,
                    RedirectAttributes flash) {
        ConversionMethod method = methods.get(me, id);
        if (method.isPublished()) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.method.publishedLocked"));
            return "redirect:" + BASE;
        }
        if (!model.containsAttribute("typedName")) {
            model.addAttribute("typedName", method.getName());
        }
        formDefaults(model);
        model.addAttribute("method", row(method));
        return "creditbank/method-form";
    }

    @PostMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) String name,
                @RequestParam(name = "file", required = false) MultipartFile file,
                @RequestParam(name = "committed", required = false) String committed,
                @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) throws IOException {
        if (methods.get(me, id).isPublished()) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.method.publishedLocked"));
            return "redirect:" + BASE;
        }
        try {
            ConversionMethod method = methods.update(me, id, name, committed != null, fileName(file), bytes(file));
            flash.addFlashAttribute("okMessage", messages.get("creditbank.method.changed", method.getName()));
            return "redirect:" + BASE;
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            sendBack(flash, e, file, name, committed != null);
            return "redirect:" + BASE + "/" + id + "/edit";
        }
    }

    // ---- 发布, 撤销发布, 删除 ----

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me,
                   RedirectAttributes flash) {
        return act(flash, () -> messages.get("creditbank.method.publishedDone", methods.publish(me, id).getName()));
    }

    @GetMapping("/{id:\\d+}/withdraw")
    String withdrawPage(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        return confirmPage(me, id, "withdraw", model);
    }

    @PostMapping("/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me,
                    RedirectAttributes flash) {
        return act(flash, () -> messages.get("creditbank.method.withdrawn", methods.withdraw(me, id).getName()));
    }

    @GetMapping("/{id:\\d+}/delete")
    String deletePage(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        return confirmPage(me, id, "delete", model);
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me,
                  RedirectAttributes flash) {
        return act(flash, () -> messages.get("creditbank.method.deleted", methods.delete(me, id)));
    }

    @GetMapping("/{id:\\d+}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me) {
        return DocumentDownloads.attachment(methods.file(me, id));
    }

    // ---- helpers ----

    private String confirmPage(InstitutionPrincipal me, long id, String kind, Model model) {
        model.addAttribute("method", row(methods.get(me, id)));
        model.addAttribute("kind", kind);
        return "creditbank/method-confirm";
    }

    private String act(RedirectAttributes flash, java.util.function.Supplier<String> action) {
        try {
            flash.addFlashAttribute("okMessage", action.get());
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:" + BASE;
    }

    private void sendBack(RedirectAttributes flash, UserFacingException e, MultipartFile file, String name,
                          boolean committed) {
        String message = messages.get(e);
        flash.addFlashAttribute("errorMessage", file != null && !file.isEmpty()
                ? FormRedirect.chooseFileAgain(messages, message) : message);
        flash.addFlashAttribute("typedName", name);
        flash.addFlashAttribute("typedCommitted", committed);
    }

    private void formDefaults(Model model) {
        if (!model.containsAttribute("typedName")) {
            model.addAttribute("typedName", "");
        }
        if (!model.containsAttribute("typedCommitted")) {
            model.addAttribute("typedCommitted", false);
        }
        model.addAttribute("maxName", ConversionMethods.MAX_NAME);
        model.addAttribute("policy", ConversionMethods.POLICY);
    }

    private Row row(ConversionMethod m) {
        return new Row(m.getId(), m.getName(), day(m.getUploadedAt()), m.isPublished() ? day(m.getPublishedAt()) : null,
                m.getFileName(), m.getStatus());
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }

    /** A typed day of the filter; a malformed one is dropped with a message (the rest of the filter still applies). */
    private LocalDate day(String text, Model model) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("errorMessage", messages.get("creditbank.method.filter.dateInvalid", text.strip()));
            return null;
        }
    }

    private static MethodStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MethodStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fileName(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }
}
