package io.casehall.creditbank.commitment;

import io.casehall.creditbank.CurrentInstitution;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 信息发布安全承诺书: read, then 我已阅读并同意 (enabled after a few seconds by the page's script, as in the seed), then
 * on to the publishing page the user was going to. Only paths of the institution space are followed.
 */
@Controller
@RequestMapping(CommitmentController.PATH)
class CommitmentController {

    static final String PATH = "/institution/commitment";
    private static final String HOME = "/institution";

    private final PublishingCommitments commitments;

    CommitmentController(PublishingCommitments commitments) {
        this.commitments = commitments;
    }

    @GetMapping
    String show(@RequestParam(name = "next", required = false) String next, Model model) {
        model.addAttribute("next", safe(next));
        return "creditbank/commitment";
    }

    @PostMapping
    String accept(@RequestParam(name = "next", required = false) String next) {
        commitments.accept(CurrentInstitution.principal());
        return "redirect:" + safe(next);
    }

    /** An institution-space path only: never another site, never a protocol-relative or back-slashed path. */
    static String safe(String next) {
        if (next == null || !next.startsWith(HOME + "/") || next.contains("//") || next.contains("\\")
                || next.contains("..") || next.startsWith(PATH)) {
            return HOME;
        }
        return next;
    }
}
