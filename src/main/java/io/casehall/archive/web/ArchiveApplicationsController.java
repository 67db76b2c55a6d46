package io.casehall.archive.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.archive.ApplicationView;
import io.casehall.archive.ArchiveService;
import io.casehall.shared.document.DocumentDownloads;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** 我的申请: the applicant's application list, one application's page, and downloads of their own scans and sealed PDFs. */
@Controller
@RequestMapping("/apply/archive")
class ArchiveApplicationsController {

    private final ArchiveService archive;
    private final ArchiveApplicantPages pages;

    ArchiveApplicationsController(ArchiveService archive, ArchiveApplicantPages pages) {
        this.archive = archive;
        this.pages = pages;
    }

    @GetMapping("/applications")
    String list(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        List<ApplicationView> views = archive.myApplications(applicant.applicantId());
        model.addAttribute("views", views);
        model.addAttribute("handlers", pages.handlerNames(views));
        return "archive/applications";
    }

    @GetMapping("/applications/{id}")
    String detail(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id, Model model) {
        return pages.detailPage(applicant, id, model);
    }

    @GetMapping("/applications/{id}/pdfs/{pdfId}")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                               @PathVariable Long pdfId) {
        return DocumentDownloads.attachment(archive.readPdf(applicant, id, pdfId));
    }

    @GetMapping("/applications/{id}/scans/{documentId}")
    ResponseEntity<byte[]> scan(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                                @PathVariable UUID documentId) {
        return DocumentDownloads.attachment(archive.readScan(applicant, id, documentId));
    }
}
