package io.casehall.deposit.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositService;
import io.casehall.deposit.DepositServiceType;
import io.casehall.shared.document.DocumentDownloads;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 我的申请 of the archive office: 档案状态 and 档案编号, the applications in the seed's columns, one application's
 * page (status, audit rounds, envelope, what was submitted, the actions its state allows) and its uploads. Only the
 * owner's: another applicant's id is the not-found page.
 */
@Controller
@RequestMapping(DepositUrls.APPLICATIONS)
class DepositApplicationsController {

    private final DepositService deposits;

    DepositApplicationsController(DepositService deposits) {
        this.deposits = deposits;
    }

    @GetMapping
    String list(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        model.addAttribute("archive", deposits.archiveStatus(applicant.applicantId()));
        model.addAttribute("applications", deposits.listOwned(applicant.applicantId()));
        model.addAttribute("services", DepositServiceType.values());
        return "deposit/applications";
    }

    @GetMapping("/{id}")
    String application(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id, Model model) {
        DepositApplication application = deposits.findOwned(applicant.applicantId(), id);
        model.addAttribute("a", application);
        model.addAttribute("p", application.getParticulars());
        return "deposit/application";
    }

    @GetMapping("/{id}/files/{documentId}")
    ResponseEntity<byte[]> upload(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                                  @PathVariable UUID documentId) {
        return DocumentDownloads.attachment(deposits.readUpload(applicant, id, documentId));
    }
}
