package io.casehall.deposit.web;

import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositStaffService;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.security.CurrentActor;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The case page of a deposit application for the deposit auditors (linked from the Tasklist forms), and its uploads. */
@Controller
@RequestMapping("/staff/deposit")
@PreAuthorize(DepositStaffController.MAY_USE)
class DepositStaffController {

    static final String MAY_USE = "hasAnyAuthority('GROUP_depositAudit','ROLE_ADMIN')";

    private final DepositStaffService cases;

    DepositStaffController(DepositStaffService cases) {
        this.cases = cases;
    }

    @GetMapping("/{id}")
    String casePage(@PathVariable Long id, Model model) {
        DepositApplication application = cases.caseFile(id);
        model.addAttribute("a", application);
        model.addAttribute("p", application.getParticulars());
        model.addAttribute("openSteps", cases.openSteps(application));
        return "deposit/staff-case";
    }

    @GetMapping("/{id}/files/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable UUID documentId) {
        return DocumentDownloads.attachment(cases.readUpload(CurrentActor.get(), id, documentId));
    }
}
