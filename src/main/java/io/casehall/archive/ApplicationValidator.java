package io.casehall.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Server-side checks of an application form; every problem names its field and a message key. */
@Component
class ApplicationValidator {

    static final int MAX_COPIES = 10;
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}|\\+?[\\d\\- ]{6,20}");

    record Problem(String field, String messageKey, Object... args) {
    }

    List<Problem> check(ApplicationForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.getService() == null) {
            problems.add(new Problem("service", "archive.error.service"));
            return problems;
        }
        if (form.getStage() == null) {
            problems.add(new Problem("stage", "archive.error.stage"));
        }
        List<ApplicationForm.ItemChoice> selected = form.selectedItems();
        if (selected.isEmpty()) {
            problems.add(new Problem("items", "archive.error.noItem"));
        }
        for (int i = 0; i < form.getItems().size(); i++) {
            ApplicationForm.ItemChoice choice = form.getItems().get(i);
            if (!choice.isSelected()) {
                continue;
            }
            if (choice.getType() == null || choice.getType().service() != form.getService()) {
                problems.add(new Problem("items", "archive.error.itemNotOffered"));
                continue;
            }
            if (choice.getCopies() == null || choice.getCopies() < 1 || choice.getCopies() > MAX_COPIES) {
                problems.add(new Problem("items[" + i + "].copies", "archive.error.copies", MAX_COPIES));
            }
            if (choice.getType().isScanRequired() && choice.getDocumentIds().isEmpty()) {
                problems.add(new Problem("items[" + i + "].documentIds", "archive.error.scanRequired"));
            }
        }
        length(problems, "studentNo", form.getStudentNo(), 32);
        length(problems, "department", form.getDepartment(), 128);
        length(problems, "major", form.getMajor(), 128);
        length(problems, "remark", form.getRemark(), 500);
        LocalDate enrolment = form.getEnrolmentDate();
        LocalDate graduation = form.getGraduationDate();
        if (enrolment != null && graduation != null && graduation.isBefore(enrolment)) {
            problems.add(new Problem("graduationDate", "archive.error.graduationBeforeEnrolment"));
        }
        if (form.getDeliveryMode() == null) {
            problems.add(new Problem("deliveryMode", "archive.error.deliveryMode"));
        } else if (form.getDeliveryMode() == DeliveryMode.POST) {
            required(problems, "recipientName", form.getRecipientName(), 64);
            required(problems, "postalAddress", form.getPostalAddress(), 255);
            String phone = required(problems, "recipientPhone", form.getRecipientPhone(), 32);
            if (phone != null && !MOBILE.matcher(phone).matches()) {
                problems.add(new Problem("recipientPhone", "archive.error.phone"));
            }
        }
        return problems;
    }

    private static String required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "archive.error.required"));
            return null;
        }
        length(problems, field, value, max);
        return value.strip();
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, "archive.error.tooLong", max));
        }
    }

}
