package io.casehall.qualification.campaign;

import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationService;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.security.CurrentActor;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportPage;
import io.casehall.shared.spreadsheet.ImportView;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * The employment office's console (就业指导中心): the campaigns and a form to create one; a campaign's page with
 * its windows (extend, or close early by moving the end to now), the graduates' import, counts per college and the
 * closing report. Employment-office members and administrators only.
 */
@Controller
@RequestMapping(CampaignConsoleController.BASE)
@PreAuthorize(CampaignConsoleController.MAY_USE)
class CampaignConsoleController {

    static final String BASE = "/staff/qualification";
    static final String MAY_USE = "hasAnyAuthority('GROUP_employmentOffice','ROLE_ADMIN')";
    private static final String FORM = "campaignForm";
    private static final List<ImportView.KeyColumn> KEY_COLUMNS = List.of(
            new ImportView.KeyColumn("学号", "qualification.col.studentNo", false),
            new ImportView.KeyColumn("姓名", "qualification.col.name", false),
            new ImportView.KeyColumn("学院", "qualification.col.college", false));

    private final QualificationService qualification;
    private final QualificationCampaigns campaigns;
    private final GraduateImports imports;
    private final CampaignOverview overview;
    private final Messages messages;
    private final Clock clock;

    CampaignConsoleController(QualificationService qualification, QualificationCampaigns campaigns,
                              GraduateImports imports, CampaignOverview overview, Messages messages, Clock clock) {
        this.qualification = qualification;
        this.campaigns = campaigns;
        this.imports = imports;
        this.overview = overview;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        if (FormRedirect.sentBack(model, FORM, CampaignForm.class) == null) {
            model.addAttribute(FORM, new CampaignForm());
        }
        model.addAttribute("campaigns", qualification.campaigns().stream()
                .map(c -> CampaignView.of(c, clock.getZone(), clock.instant())).toList());
        return "qualification/campaigns";
    }

    @PostMapping("/campaigns")
    String create(@ModelAttribute(FORM) CampaignForm form, BindingResult binding,
                  @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
        Optional<NewCampaign> valid = form.validate(binding, clock.getZone(), clock.instant());
        if (valid.isPresent()) {
            try {
                QualificationCampaign campaign = campaigns.create(valid.get(), staff);
                redirect.addFlashAttribute("okMessage", messages.get("qualification.campaign.created",
                        campaign.getTitle()));
                return "redirect:" + BASE + "/campaigns/" + campaign.getId();
            } catch (UserFacingException e) {
                binding.rejectValue("graduationYear", e.messageKey(), e.args(), null);
            }
        }
        return FormRedirect.back(redirect, BASE + "#create", FORM, form, binding);
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        fill(model, id);
        return "qualification/campaign";
    }

    /**
     * Moves a window's end ({@code window} graduate or college): a later time extends it; {@code close=yes} with
     * the ticked confirmation closes it now.
     */
    @PostMapping("/campaigns/{id}/windows/{window:graduate|college}")
    String moveWindow(@PathVariable long id, @PathVariable String window,
                      @RequestParam(name = "end", required = false) String end,
                      @RequestParam(name = "close", required = false) String close,
                      @RequestParam(name = "confirm", required = false) String confirm,
                      @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
        boolean graduate = "graduate".equals(window);
        qualification.requireCampaign(id);
        try {
            Instant newEnd;
            if ("yes".equals(close)) {
                if (!"yes".equals(confirm)) {
                    throw new UserFacingException("qualification.window.confirmClose");
                }
                newEnd = clock.instant();
            } else {
                newEnd = CampaignForm.parse(end == null ? "" : end, clock.getZone())
                        .orElseThrow(() -> new UserFacingException("qualification.window.endInvalid",
                                end == null ? "" : end));
            }
            if (graduate) {
                campaigns.moveGraduateWindowEnd(id, newEnd, staff);
            } else {
                campaigns.moveCollegeWindowEnd(id, newEnd, staff);
            }
            redirect.addFlashAttribute("okMessage", messages.get("yes".equals(close)
                    ? "qualification.window.closedEarly" : "qualification.window.moved",
                    messages.get("qualification.window." + window)));
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("windowError", window);
            redirect.addFlashAttribute("windowEndTyped", end);
            redirect.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:" + BASE + "/campaigns/" + id + "#windows";
    }

    /** The page again, for the oversize-upload redirect. */
    @GetMapping("/campaigns/{id}/graduates/import")
    String importPage(@PathVariable long id, Model model) {
        return campaign(id, model);
    }

    @PostMapping("/campaigns/{id}/graduates/import")
    String importGraduates(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                           @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
        qualification.requireCampaign(id);
        Long batchId = ImportPage.handle(file, flash, messages, "qualification.result", "qualification.import.conflict",
                (name, bytes) -> imports.importFile(id, name, bytes, staff));
        return "redirect:" + BASE + "/campaigns/" + id
                + (batchId == null ? "#import" : "/graduates/imports/" + batchId + "#result");
    }

    @GetMapping("/campaigns/{id}/graduates/imports/{batchId}")
    String importResult(@PathVariable long id, @PathVariable long batchId, Model model) {
        ImportPage.show(model, imports.batch(id, batchId), "qualification.result", null);
        fill(model, id);
        return "qualification/campaign";
    }

    @GetMapping("/campaigns/{id}/graduates/template")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        qualification.requireCampaign(id);
        return DocumentDownloads.attachment(imports.template(), imports.templateFileName(), FileKind.XLSX.mediaType());
    }

    @GetMapping("/imports/{batchId}/report")
    ResponseEntity<byte[]> report(@PathVariable long batchId) {
        return DocumentDownloads.attachment(imports.report(batchId, CurrentActor.get()));
    }

    private void fill(Model model, long id) {
        QualificationCampaign campaign = qualification.requireCampaign(id);
        StaffPrincipal staff = CurrentActor.get() instanceof StaffPrincipal principal ? principal : null;
        model.addAttribute("c", CampaignView.of(campaign, clock.getZone(), clock.instant()));
        model.addAttribute("collegeCounts", overview.counts(id));
        model.addAttribute("report", overview.closingReport(campaign));
        model.addAttribute("maxRows", String.valueOf(ImportDefinition.DEFAULT_MAX_ROWS));
        ImportView.keyColumns(model, KEY_COLUMNS);
        ImportView.recent(model, imports.recent(id, 10), BASE + "/imports/", CurrentActor.get(),
                staff != null && staff.isAdministrator(), clock.getZone());
    }
}
