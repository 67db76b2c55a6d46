package io.casehall.shared.seal;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.security.Actor;
import io.casehall.shared.security.CurrentActor;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page: anyone may upload a PDF or type the verification number printed on
 * one and learn whether the university issued it. Every attempt is audited.
 */
@Controller
class VerifyController {

    /** What the page accepts: a PDF (checked by its first bytes) of at most 20 MB. */
    static final UploadPolicy UPLOAD = new UploadPolicy("pdf-verification", 20 * UploadPolicy.MB, Set.of(FileKind.PDF));
    private static final Actor ANONYMOUS = Actor.of(Actor.Kind.SYSTEM, "anonymous");

    private final SealedPdfs sealedPdfs;
    private final DocumentStore documents;
    private final AuditLog auditLog;
    private final Messages messages;
    private final Clock clock;

    VerifyController(SealedPdfs sealedPdfs, DocumentStore documents, AuditLog auditLog, Messages messages,
                     Clock clock) {
        this.sealedPdfs = sealedPdfs;
        this.documents = documents;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/verify")
    String page() {
        return "seal/verify";
    }

    @PostMapping("/verify")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletRequest request) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", messages.get("seal.verify.upload.required"));
            return page();
        }
        String name = file.getOriginalFilename();
        byte[] content;
        try {
            content = file.getBytes();
            documents.validate(UPLOAD, name, content);
        } catch (UserFacingException e) {
            model.addAttribute("uploadError", messages.get(e));
            audit(request, null, "upload refused (" + e.messageKey() + ")");
            return page();
        } catch (IOException e) {
            model.addAttribute("uploadError", messages.get("seal.verify.upload.unreadable"));
            return page();
        }
        Verification verification = sealedPdfs.verify(content);
        audit(request, verification.verificationNumber(),
                "upload " + verification.result() + " sha256=" + Hashes.sha256Hex(content));
        show(model, verification, "seal.result." + verification.result());
        return page();
    }

    @PostMapping("/verify/number")
    String number(@RequestParam(name = "number", required = false) String number, Model model,
                  HttpServletRequest request) {
        String typed = number == null ? "" : number.strip();
        model.addAttribute("number", typed);
        if (typed.isEmpty()) {
            model.addAttribute("numberError", messages.get("seal.verify.number.required"));
            return page();
        }
        Verification verification = sealedPdfs.verifyNumber(typed);
        audit(request, verification.verificationNumber(), "number " + verification.result() + " "
                + (typed.length() > 64 ? typed.substring(0, 64) : typed));
        show(model, verification, verification.result() == Verification.Result.UNKNOWN
                ? "seal.result.UNKNOWN_NUMBER" : "seal.result." + verification.result());
        return page();
    }

    private void show(Model model, Verification verification, String messageKey) {
        model.addAttribute("verification", verification);
        model.addAttribute("resultKey", messageKey);
        model.addAttribute("tone", switch (verification.result()) {
            case GENUINE, ISSUED -> "ok";
            case MODIFIED, INVALID_SIGNATURE -> "error";
            case UNKNOWN, NOT_SIGNED, UNREADABLE -> "info";
        });
        if (verification.issuedAt() != null) {
            model.addAttribute("issuedAt", LocalDateTime.ofInstant(verification.issuedAt(), clock.getZone()));
        }
    }

    private void audit(HttpServletRequest request, String verificationNumber, String detail) {
        Actor actor = CurrentActor.get();
        auditLog.record(actor == Actor.SYSTEM ? ANONYMOUS : actor, "PDF_VERIFIED", "sealed_document",
                verificationNumber, detail + " from " + request.getRemoteAddr());
    }
}
