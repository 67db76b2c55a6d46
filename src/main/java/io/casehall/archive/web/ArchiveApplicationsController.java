package io.casehall.archive.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.archive.ArchiveService;
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
 * One application's page and downloads of the applicant's own scans and sealed PDFs. The list of applications is
 * 我的办件 ({@code /cases}); the old list address sends there, filtered on archive use, so old links keep working.
 */
@Controller
@RequestMapping("/apply/archive")
class ArchiveApplicationsController {

    /** 我的办件 filtered on archive use. */
    static final String MY_CASES = "/cases?procedure=" + ArchiveCaseSource.KEY;

    private final ArchiveService archive;
    private final ArchiveApplicantPages pages;

    ArchiveApplicationsController(ArchiveService archive, ArchiveApplicantPages pages) {
        this.archive = archive;
        this.pages = pages;
    }

    @GetMapping("/applications")
    String list() {
        return "redirect:" + MY_CASES;
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
