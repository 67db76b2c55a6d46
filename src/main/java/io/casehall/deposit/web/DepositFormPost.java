package io.casehall.deposit.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositFormException;
import io.casehall.deposit.DepositService;
import io.casehall.shared.web.FormProblem;
import io.casehall.deposit.NewUpload;
import io.casehall.deposit.submission.DepositSubmissions;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SubmissionTokens;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the two POSTs of the form (new application, 修改申请) share. Post/redirect/get throughout: a form with
 * problems goes back to its own page as flash attributes ({@link FormRedirect}) with every value typed, every row,
 * every file stored (files are stored before anything else is checked, each in its own transaction, so a refusal
 * keeps them) and a message at each field. The submission runs once per form token ({@link SubmissionTokens}): the
 * same form sent again lands on the application the first one made.
 */
@Component
class DepositFormPost {

    static final String FORM = "form";
    /** Field path (birthDate, domesticHistory[1], uploads.ID_BACK, ...) to its message. */
    static final String ERRORS = "errors";

    /** One POST of the form as the controller received it. */
    record Sent(ApplicantPrincipal applicant, DepositForm form, BindingResult binding, String rowAction,
                List<NewUpload> files, HttpServletRequest request, RedirectAttributes redirect) {
    }

    /** Where the form comes back to, the token's purpose, what submitting does and the message it ends with. */
    record Target(String formUrl, String purpose, Supplier<DepositApplication> action, String doneKey) {
    }

    private final DepositService deposits;
    private final DepositSubmissions submissions;
    private final DepositUploads uploads;
    private final SubmissionTokens tokens;
    private final Messages messages;
    private final MessageSource messageSource;

    DepositFormPost(DepositService deposits, DepositSubmissions submissions, DepositUploads uploads,
                    SubmissionTokens tokens, Messages messages, MessageSource messageSource) {
        this.deposits = deposits;
        this.submissions = submissions;
        this.uploads = uploads;
        this.tokens = tokens;
        this.messages = messages;
        this.messageSource = messageSource;
    }

    String handle(Sent sent, Target target) {
        DepositForm form = sent.form();
        Optional<String> sentBefore = tokens.completed(sent.applicant(), target.purpose(), form.getSubmissionKey());
        if (sentBefore.isPresent()) {
            return done(sent, Long.valueOf(sentBefore.get()), target);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        sent.binding().getFieldErrors().forEach(e -> errors.putIfAbsent(fieldOf(e.getField()), bindingMessage(e)));
        if (DepositRows.refused(sent.request())) {
            errors.put("form", messages.get("depositweb.form.rowsRefused"));
        }
        uploads.describeKept(sent.applicant(), form);
        for (FormProblem problem : deposits.storeUploads(sent.applicant(), form, sent.files())) {
            errors.merge(problem.field(), FormRedirect.chooseFileAgain(messages, message(problem)), (a, b) -> a + " " + b);
        }
        DepositRows.ensureRows(form);
        if (DepositRows.apply(form, sent.rowAction())) {
            DepositRows.ensureRows(form);
            return back(sent, target, errors, errors.isEmpty() ? null : messages.get("depositweb.form.hasErrors"));
        }
        if (!errors.isEmpty()) {
            submissions.check(form).forEach(problem -> errors.putIfAbsent(problem.field(), message(problem)));
            return back(sent, target, errors, messages.get("depositweb.form.hasErrors"));
        }
        if (!SubmissionTokens.wellFormed(form.getSubmissionKey())) {
            form.setSubmissionKey(tokens.issue());
            return back(sent, target, errors, messages.get("form.expired"));
        }
        SubmissionTokens.Outcome outcome;
        try {
            outcome = tokens.once(sent.applicant(), target.purpose(), form.getSubmissionKey(),
                    () -> String.valueOf(target.action().get().getId()));
        } catch (NotFoundException e) {
            throw e;
        } catch (DepositFormException refused) {
            refused.problems().forEach(problem -> errors.putIfAbsent(problem.field(), message(problem)));
            return back(sent, target, errors, messages.get("depositweb.form.hasErrors"));
        } catch (UserFacingException refused) {
            if ("form.expired".equals(refused.messageKey())) {
                form.setSubmissionKey(tokens.issue());
            }
            return back(sent, target, errors, messages.get(refused));
        } catch (OptimisticLockingException | OptimisticLockingFailureException concurrent) {
            return back(sent, target, errors, messages.get("depositweb.error.busy"));
        }
        if (outcome.status() == SubmissionTokens.Status.STILL_RUNNING) {
            sent.redirect().addFlashAttribute("okMessage", messages.get("depositweb.form.stillRunning"));
            return "redirect:" + DepositUrls.APPLICATIONS;
        }
        return done(sent, Long.valueOf(outcome.value()), target);
    }

    private String done(Sent sent, Long applicationId, Target target) {
        DepositApplication application = deposits.findOwned(sent.applicant().applicantId(), applicationId);
        sent.redirect().addFlashAttribute("okMessage", messages.get(target.doneKey(), application.getNumber()));
        return "redirect:" + DepositUrls.application(application.getId());
    }

    private String back(Sent sent, Target target, Map<String, String> errors, String message) {
        sent.redirect().addFlashAttribute(ERRORS, new LinkedHashMap<>(errors));
        if (message != null) {
            sent.redirect().addFlashAttribute("errorMessage", message);
        }
        return FormRedirect.back(sent.redirect(), target.formUrl(), FORM, sent.form(), sent.binding());
    }

    private String message(FormProblem problem) {
        return messages.get(problem.messageKey(), problem.args());
    }

    /** A malformed date, text over the length limit, a value of the wrong type: the shared binding messages. */
    private String bindingMessage(FieldError error) {
        return messageSource.getMessage(new FieldError(error.getObjectName(), error.getField(), error.getRejectedValue(),
                true, error.getCodes(), error.getArguments(), messages.get("typeMismatch")), LocaleContextHolder.getLocale());
    }

    /** The message of a row's cell is shown at its row; a kept file's at the uploads. */
    static String fieldOf(String boundField) {
        if (boundField.startsWith(DepositRows.UPLOADS + "[")) {
            return DepositRows.UPLOADS;
        }
        return boundField.replaceFirst("^(" + DepositRows.HISTORY + "|" + DepositRows.STUDY + ")\\[(\\d+)]\\..*$", "$1[$2]");
    }
}
