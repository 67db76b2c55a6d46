package io.casehall.qualification.campaign;

import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationService;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.web.NotFoundException;
import io.casehall.staff.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The closing report's full lists as .xlsx, streamed while they are read: the graduates who did not submit
 * ({@code not-submitted}) and the change requests that expired undecided ({@code expired}). A list exists once its
 * window has closed. Employment-office members and administrators only, as the rest of the console.
 */
@Controller
@RequestMapping(CampaignConsoleController.BASE)
@PreAuthorize(CampaignConsoleController.MAY_USE)
class ClosingExportController {

    private final QualificationService qualification;
    private final ClosingExport export;

    ClosingExportController(QualificationService qualification, ClosingExport export) {
        this.qualification = qualification;
        this.export = export;
    }

    @GetMapping("/campaigns/{id}/closing/{list:" + ClosingExport.ClosingList.PATTERN + "}")
    void download(@PathVariable long id, @PathVariable String list, @AuthenticationPrincipal StaffPrincipal staff,
                  HttpServletResponse response) throws IOException {
        QualificationCampaign campaign = qualification.requireCampaign(id);
        ClosingExport.ClosingList which = ClosingExport.ClosingList.of(list);
        if (!which.availableFor(campaign)) {
            throw new NotFoundException();
        }
        DocumentDownloads.prepareStreamedAttachment(response, export.fileName(campaign, which),
                FileKind.XLSX.mediaType());
        export.write(campaign, which, response.getOutputStream(), staff);
    }
}
