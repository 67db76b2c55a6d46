package io.casehall.account.registry;

import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.security.Actor;
import io.casehall.shared.security.CurrentActor;
import io.casehall.shared.spreadsheet.ImportPage;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportView;
import io.casehall.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
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
 * Staff console page of the graduate registry: import from Excel (template, result with refused rows and
 * reasons, report download), recent imports, and a searchable list with masked ID numbers. Real-name
 * reviewers and administrators only.
 */
@Controller
@RequestMapping("/staff/registry")
class GraduateRegistryController {

    /** Who may use the page: real-name reviewers and administrators. */
    static final String MAY_USE = "hasAnyAuthority('GROUP_realNameReview','ROLE_ADMIN')";

    private static final String BASE = "/staff/registry";
    private static final List<ImportView.KeyColumn> KEY_COLUMNS = List.of(
            new ImportView.KeyColumn("学号", "registry.col.studentNo", false),
            new ImportView.KeyColumn("姓名", "registry.col.fullName", false),
            new ImportView.KeyColumn("证件号码", "registry.col.idNumber", true));

    private final GraduateRegistryService registry;
    private final Messages messages;
    private final Clock clock;

    GraduateRegistryController(GraduateRegistryService registry, Messages messages, Clock clock) {
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize(MAY_USE)
    @GetMapping
    public String page(@RequestParam(name = "q", defaultValue = "") String query,
                       @RequestParam(name = "page", defaultValue = "0") int page, Authentication authentication,
                       Model model) {
        fill(model, query, page, authentication);
        return "registry/registry";
    }

    /** The page again, e.g. for the shared upload-size handler, which sends an oversize upload back here. */
    @PreAuthorize(MAY_USE)
    @GetMapping("/import")
    public String importPage(Authentication authentication, Model model) {
        fill(model, "", 0, authentication);
        return "registry/registry";
    }

    /** Runs the import and redirects to its result (post/redirect/get: reloading never imports again). */
    @PreAuthorize(MAY_USE)
    @PostMapping("/import")
    public String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                             RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        Long batch = ImportPage.handle(file, flash, messages, "registry.result", "registry.import.conflict",
                (name, bytes) -> registry.importFile(name, bytes, actor));
        return batch == null ? "redirect:/staff/registry/import" : "redirect:/staff/registry/imports/" + batch;
    }

    @PreAuthorize(MAY_USE)
    @GetMapping("/imports/{batchId}")
    public String importResult(@PathVariable long batchId, Authentication authentication, Model model) {
        ImportPage.show(model, registry.importBatch(batchId), "registry.result", null);
        fill(model, "", 0, authentication);
        return "registry/registry";
    }

    @PreAuthorize(MAY_USE)
    @GetMapping("/template")
    public ResponseEntity<byte[]> template() {
        return DocumentDownloads.attachment(registry.importTemplate(), registry.importTemplateFileName(),
                FileKind.XLSX.mediaType());
    }

    @PreAuthorize(MAY_USE)
    @GetMapping("/imports/{batchId}/report")
    public ResponseEntity<byte[]> report(@PathVariable long batchId) {
        return DocumentDownloads.attachment(registry.importReport(batchId, CurrentActor.get()));
    }

    private void fill(Model model, String query, int page, Authentication authentication) {
        Actor actor = CurrentActor.get();
        boolean admin = authentication != null
                && AuthorityUtils.authorityListToSet(authentication.getAuthorities()).contains("ROLE_ADMIN");
        model.addAttribute("query", query);
        model.addAttribute("records", registry.search(query, page));
        model.addAttribute("registrySize", registry.count());
        ImportView.keyColumns(model, KEY_COLUMNS);
        ImportView.recent(model, registry.recentImports(10), BASE + "/imports/", actor, admin, clock.getZone());
        model.addAttribute("maxRows", String.valueOf(ImportDefinition.DEFAULT_MAX_ROWS));
    }


}
