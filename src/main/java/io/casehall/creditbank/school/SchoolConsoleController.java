package io.casehall.creditbank.school;

import io.casehall.creditbank.SchoolRepository;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.security.CurrentActor;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportPage;
import io.casehall.shared.spreadsheet.ImportView;
import io.casehall.shared.web.Messages;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The credit bank's school list in the staff console (administrators): the schools of a department, the Excel
 * template, the import and its log.
 */
@Controller
@RequestMapping(SchoolConsoleController.BASE)
@PreAuthorize("hasRole('ADMIN')")
class SchoolConsoleController {

    static final String BASE = "/staff/admin/creditbank/schools";
    private static final List<ImportView.KeyColumn> KEY_COLUMNS = List.of(
            new ImportView.KeyColumn("学校代码", "creditbank.school.col.code", false),
            new ImportView.KeyColumn("学校名称", "creditbank.school.col.name", false));

    private final SchoolImports imports;
    private final SchoolRepository schools;
    private final Messages messages;
    private final Clock clock;

    SchoolConsoleController(SchoolImports imports, SchoolRepository schools, Messages messages, Clock clock) {
        this.imports = imports;
        this.schools = schools;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(name = "department", required = false) String department, Model model) {
        fill(model, department);
        return "creditbank/schools-console";
    }

    @PostMapping("/import")
    String importSchools(@RequestParam(name = "file", required = false) MultipartFile file,
                         RedirectAttributes flash) {
        Long batchId = ImportPage.handle(file, flash, messages, "creditbank.school.result",
                "creditbank.school.import.conflict",
                (name, bytes) -> imports.importFile(name, bytes, CurrentActor.get()));
        return "redirect:" + BASE + (batchId == null ? "#import" : "/imports/" + batchId + "#result");
    }

    /** The page again, for the oversize-upload redirect. */
    @GetMapping("/import")
    String importPage(Model model) {
        return list(null, model);
    }

    @GetMapping("/imports/{batchId}")
    String importResult(@PathVariable long batchId, Model model) {
        ImportPage.show(model, imports.batch(batchId), "creditbank.school.result", null);
        fill(model, null);
        return "creditbank/schools-console";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return DocumentDownloads.attachment(imports.template(), imports.templateFileName(), FileKind.XLSX.mediaType());
    }

    @GetMapping("/imports/{batchId}/report")
    ResponseEntity<byte[]> report(@PathVariable long batchId) {
        return DocumentDownloads.attachment(imports.report(batchId, CurrentActor.get()));
    }

    private void fill(Model model, String department) {
        List<Object[]> departments = schools.departments();
        String chosen = department != null && !department.isBlank() ? department
                : departments.isEmpty() ? null : (String) departments.get(0)[0];
        model.addAttribute("departments", departments.stream()
                .map(row -> new Department((String) row[0], (String) row[1])).toList());
        model.addAttribute("department", chosen);
        model.addAttribute("schools", chosen == null ? List.of() : schools.findByDepartmentCodeOrderBySchoolNameAsc(chosen));
        model.addAttribute("maxRows", String.valueOf(ImportDefinition.DEFAULT_MAX_ROWS));
        if (!model.containsAttribute("resultBatch")) {
            model.addAttribute("resultBatch", null);
        }
        ImportView.keyColumns(model, KEY_COLUMNS);
        ImportView.recent(model, imports.recent(10), BASE + "/imports/", CurrentActor.get(), true, clock.getZone());
    }

    record Department(String code, String name) {
    }
}
