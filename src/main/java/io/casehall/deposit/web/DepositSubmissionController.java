package io.casehall.deposit.web;

import static io.casehall.deposit.web.DepositFormPost.FORM;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositService;
import io.casehall.deposit.DepositServiceType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The POSTs of the form: a new application (to the form's own address) and 修改申请. Both are answered with a
 * redirect ({@link DepositFormPost}); the service comes from the address or the application, never from the form.
 */
@Controller
class DepositSubmissionController {

    static final String SUBMIT = "deposit-application";
    static final String MODIFY = "deposit-modification";

    private final DepositService deposits;
    private final DepositFormPost post;

    DepositSubmissionController(DepositService deposits, DepositFormPost post) {
        this.deposits = deposits;
        this.post = post;
    }

    @InitBinder(FORM)
    void onlyTheRowsThePageShows(WebDataBinder binder, HttpServletRequest request) {
        DepositRows.limit(binder, request);
    }

    @PostMapping("/apply/deposit/{serviceCode}/form")
    String submit(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String serviceCode,
                  @ModelAttribute(FORM) DepositForm form, BindingResult binding,
                  @RequestParam(name = DepositRows.ACTION, required = false) String rowAction,
                  @RequestParam MultiValueMap<String, MultipartFile> files, HttpServletRequest request,
                  RedirectAttributes redirect) throws IOException {
        DepositServiceType service = DepositFormPagesController.serviceOf(serviceCode);
        form.setService(service);
        DepositFormPost.Sent sent = sent(applicant, form, binding, rowAction, files, request, redirect);
        String formUrl = DepositUrls.form(service, form.getApplicantGroup(), form.getArchiveKeeper());
        return post.handle(sent, new DepositFormPost.Target(formUrl, SUBMIT,
                () -> deposits.submit(applicant, form, List.of()), "depositweb.submitted"));
    }

    @PostMapping("/apply/deposit/applications/{id}/modify")
    String modify(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                  @ModelAttribute(FORM) DepositForm form, BindingResult binding,
                  @RequestParam(name = DepositRows.ACTION, required = false) String rowAction,
                  @RequestParam MultiValueMap<String, MultipartFile> files, HttpServletRequest request,
                  RedirectAttributes redirect) throws IOException {
        DepositApplication application = deposits.findOwned(applicant.applicantId(), id);
        form.setService(application.getService());
        DepositFormPost.Sent sent = sent(applicant, form, binding, rowAction, files, request, redirect);
        return post.handle(sent, new DepositFormPost.Target(DepositUrls.modify(id), MODIFY,
                () -> deposits.modify(applicant, id, form, List.of()), "depositweb.modified"));
    }

    private static DepositFormPost.Sent sent(ApplicantPrincipal applicant, DepositForm form, BindingResult binding,
                                             String rowAction, MultiValueMap<String, MultipartFile> files,
                                             HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        return new DepositFormPost.Sent(applicant, form, binding, rowAction, DepositUploads.chosen(files), request,
                redirect);
    }
}
