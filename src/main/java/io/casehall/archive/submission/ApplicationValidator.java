package io.casehall.archive.submission;

import io.casehall.account.ApplicantProfile;
import io.casehall.archive.ApplicationForm;
import io.casehall.archive.DeliveryMode;
import io.casehall.shared.web.FormProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of an application form; every problem names its field and a message key. The limits are
 * the page's: each text field's maxlength, each select's options ({@link FormOptions}), the copies offered,
 * the items of the service. Nothing the browser would have stopped reaches the database.
 */
@Component
public class ApplicationValidator {

    public static final int MAX_COPIES = 10;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}|\\+?[\\d\\- ]{6,20}");
    /** Control characters other than line breaks and tabs (a NUL byte, for one, no database takes as text). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\r\\n]]");

    /** A text field of the form with the page's maxlength. */
    private record TextField(String field, String value, int maxLength) {
    }

    List<FormProblem> check(ApplicationForm form, ApplicantProfile profile) {
        List<FormProblem> problems = new ArrayList<>();
        if (form.getService() == null) {
            problems.add(new FormProblem("service", "archive.error.service"));
            return problems;
        }
        if (form.getStage() == null) {
            problems.add(new FormProblem("stage", "archive.error.stage"));
        }
        checkItems(form, problems);
        for (TextField text : textFields(form)) {
            checkText(problems, text);
        }
        for (FormOptions select : FormOptions.values()) {
            if (!select.accepts(form, profile)) {
                problems.add(new FormProblem(select.field(), "archive.error.option"));
            }
        }
        checkDates(form, problems);
        if (form.getDeliveryMode() == null) {
            problems.add(new FormProblem("deliveryMode", "archive.error.deliveryMode"));
        } else if (form.getDeliveryMode() == DeliveryMode.POST) {
            required(problems, "recipientName", form.getRecipientName());
            required(problems, "postalAddress", form.getPostalAddress());
            String phone = required(problems, "recipientPhone", form.getRecipientPhone());
            if (phone != null && !MOBILE.matcher(phone).matches()) {
                problems.add(new FormProblem("recipientPhone", "archive.error.phone"));
            }
        }
        return problems;
    }

    /** False when a row names an item of another service (the page shows only the service's own items). */
    public static boolean offersEveryRow(ApplicationForm form) {
        return form.getItems().stream()
                .allMatch(choice -> choice.getType() == null || choice.getType().service() == form.getService());
    }

    private static void checkItems(ApplicationForm form, List<FormProblem> problems) {
        List<ApplicationForm.ItemChoice> selected = form.selectedItems();
        if (selected.isEmpty()) {
            problems.add(new FormProblem("items", "archive.error.noItem"));
        }
        for (int i = 0; i < form.getItems().size(); i++) {
            ApplicationForm.ItemChoice choice = form.getItems().get(i);
            if (!choice.isSelected()) {
                continue;
            }
            if (choice.getType() == null || choice.getType().service() != form.getService()) {
                problems.add(new FormProblem("items", "archive.error.itemNotOffered"));
                continue;
            }
            if (choice.getCopies() == null || choice.getCopies() < 1 || choice.getCopies() > MAX_COPIES) {
                problems.add(new FormProblem("items[" + i + "].copies", "archive.error.copies", MAX_COPIES));
            }
            if (choice.getType().isScanRequired() && choice.getDocumentIds().isEmpty()) {
                problems.add(new FormProblem("items[" + i + "].documentIds", "archive.error.scanRequired"));
            }
        }
    }

    /** Every text field with the maxlength its input has on the page (archive/form.html). */
    private static List<TextField> textFields(ApplicationForm form) {
        return List.of(new TextField("studentNo", form.getStudentNo(), 32),
                new TextField("department", form.getDepartment(), 128),
                new TextField("major", form.getMajor(), 128),
                new TextField("recipientName", form.getRecipientName(), 64),
                new TextField("recipientPhone", form.getRecipientPhone(), 32),
                new TextField("postalAddress", form.getPostalAddress(), 255),
                new TextField("remark", form.getRemark(), 500));
    }

    private static void checkText(List<FormProblem> problems, TextField text) {
        String value = text.value();
        if (value == null) {
            return;
        }
        if (value.strip().length() > text.maxLength()) {
            problems.add(new FormProblem(text.field(), "archive.error.tooLong", text.maxLength()));
        } else if (CONTROL.matcher(value).find()) {
            problems.add(new FormProblem(text.field(), "archive.error.characters"));
        }
    }

    private static void checkDates(ApplicationForm form, List<FormProblem> problems) {
        LocalDate enrolment = form.getEnrolmentDate();
        LocalDate graduation = form.getGraduationDate();
        if (outOfRange(enrolment)) {
            problems.add(new FormProblem("enrolmentDate", "archive.error.dateRange"));
        }
        if (outOfRange(graduation)) {
            problems.add(new FormProblem("graduationDate", "archive.error.dateRange"));
        } else if (enrolment != null && graduation != null && graduation.isBefore(enrolment)) {
            problems.add(new FormProblem("graduationDate", "archive.error.graduationBeforeEnrolment"));
        }
    }

    private static boolean outOfRange(LocalDate date) {
        return date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE));
    }

    private static String required(List<FormProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FormProblem(field, "archive.error.required"));
            return null;
        }
        return value.strip();
    }
}
