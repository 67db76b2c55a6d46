package io.casehall.deposit.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositService;
import io.casehall.deposit.documents.DepositDocument;
import io.casehall.deposit.documents.DepositDocumentKind;
import io.casehall.deposit.documents.DepositDocuments;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.web.NotFoundException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The applicant's deposit applications (listed in 我的办件, {@link DepositCaseSource}): one application's
 * page (status, audit rounds, envelope, what was submitted, the actions its state allows), its uploads and the sealed
 * document issued on approval (调档通知单, 转递函 or 存档证明). Only the owner's: another applicant's id is the
 * not-found page.
 */
@Controller
@RequestMapping(DepositUrls.APPLICATIONS)
class DepositApplicationsController {

    private final DepositService deposits;
    private final DepositDocuments issued;
    private final DocumentStore documents;

    DepositApplicationsController(DepositService deposits, DepositDocuments issued, DocumentStore documents) {
        this.deposits = deposits;
        this.issued = issued;
        this.documents = documents;
    }

    /** The list is one of 我的办件's tabs (with 档案状态 and 档案编号 at its top); old links land there. */
    @GetMapping
    String list() {
        return "redirect:/cases?procedure=" + DepositCaseSource.KEY;
    }

    @GetMapping("/{id}")
    String application(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id, Model model) {
        DepositApplication application = deposits.findOwned(applicant.applicantId(), id);
        model.addAttribute("a", application);
        model.addAttribute("p", application.getParticulars());
        model.addAttribute("issued", issuedFor(application));
        return "deposit/application";
    }

    @GetMapping("/{id}/files/{documentId}")
    ResponseEntity<byte[]> upload(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                                  @PathVariable UUID documentId) {
        return DocumentDownloads.attachment(deposits.readUpload(applicant, id, documentId));
    }

    /** The sealed document of the application, downloaded by its owner (the store checks ownership and logs it). */
    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> issuedDocument(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id) {
        DepositDocument document = issuedFor(deposits.findOwned(applicant.applicantId(), id));
        if (document == null) {
            throw new NotFoundException();
        }
        return DocumentDownloads.attachment(documents.read(document.documentId(), applicant));
    }

    private DepositDocument issuedFor(DepositApplication application) {
        DepositDocumentKind kind = switch (application.getService()) {
            case GOING_ABROAD, RETURNING -> DepositDocumentKind.TRANSFER_NOTICE;
            case TRANSFER_OUT -> DepositDocumentKind.TRANSFER_LETTER;
            case CERTIFICATE -> DepositDocumentKind.CERTIFICATE;
        };
        return issued.find(application.getNumber(), kind).orElse(null);
    }
}
