package io.casehall.deposit.submission;

import io.casehall.deposit.DepositForm;
import io.casehall.shared.web.FormProblem;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows of the domestic history (from high school on, at least one, each complete, from ≤ to, in order and not
 * overlapping — a row may start on the day the previous one ends) and of the overseas study (each complete,
 * from ≤ to; certification no. or "无"). Blank rows the page adds are ignored.
 */
final class HistoryRules {

    private final LocalDate today;
    private final List<FormProblem> problems;

    HistoryRules(LocalDate today, List<FormProblem> problems) {
        this.today = today;
        this.problems = problems;
    }

    void check(List<DepositForm.HistoryLine> history, List<DepositForm.StudyLine> study) {
        LocalDate previousFrom = null;
        LocalDate previousTo = null;
        int filled = 0;
        for (int i = 0; i < history.size(); i++) {
            DepositForm.HistoryLine row = history.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            filled++;
            String field = "domesticHistory[" + i + "]";
            if (row.getFrom() == null || row.getTo() == null || empty(row.getOrganisation()) || empty(row.getRole())) {
                problems.add(new FormProblem(field, "deposit.form.history.incomplete", i + 1));
                continue;
            }
            if (tooLong(row.getOrganisation()) || tooLong(row.getRole())) {
                problems.add(new FormProblem(field, "deposit.form.tooLong", DepositFormValidator.MAX_TEXT));
            }
            if (!checkDates(field, row.getFrom(), row.getTo(), i)) {
                continue;
            }
            if (previousFrom != null && row.getFrom().isBefore(previousFrom)) {
                problems.add(new FormProblem(field, "deposit.form.history.unsorted", i + 1));
            } else if (previousTo != null && row.getFrom().isBefore(previousTo)) {
                problems.add(new FormProblem(field, "deposit.form.history.overlap", i + 1));
            }
            previousFrom = row.getFrom();
            previousTo = row.getTo();
        }
        if (filled == 0) {
            problems.add(new FormProblem("domesticHistory", "deposit.form.history.required"));
        }
        for (int i = 0; i < study.size(); i++) {
            DepositForm.StudyLine row = study.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String field = "overseasStudy[" + i + "]";
            if (row.getFrom() == null || row.getTo() == null || empty(row.getInstitution()) || empty(row.getDegree())
                    || empty(row.getCertificationNo())) {
                problems.add(new FormProblem(field, "deposit.form.study.incomplete", i + 1));
                continue;
            }
            if (tooLong(row.getInstitution()) || tooLong(row.getDegree()) || tooLong(row.getCertificationNo())) {
                problems.add(new FormProblem(field, "deposit.form.tooLong", DepositFormValidator.MAX_TEXT));
            }
            checkDates(field, row.getFrom(), row.getTo(), i);
        }
    }

    private boolean checkDates(String field, LocalDate from, LocalDate to, int index) {
        if (from.isAfter(to)) {
            problems.add(new FormProblem(field, "deposit.form.history.order", index + 1));
            return false;
        }
        if (from.isAfter(today)) {
            problems.add(new FormProblem(field, "deposit.form.history.future", index + 1));
            return false;
        }
        return true;
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s) {
        return s.strip().length() > DepositFormValidator.MAX_TEXT;
    }
}
