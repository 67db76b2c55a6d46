package io.casehall.deposit.submission;

import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositServiceType;
import io.casehall.deposit.DepositUploadKind;
import io.casehall.deposit.FormProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The server-side rules of the form; every problem names its field, so the page marks it and keeps what was
 * typed. Reference codes (division, ethnicity, political status) are checked for their format here; checking them
 * against the shared reference lists belongs in {@link #checkReferenceCodes}.
 */
@Component
public class DepositFormValidator {

    static final int MAX_TEXT = 100;
    static final int MAX_AGENCY = 200;
    static final int MAX_PURPOSE = 500;
    private static final Pattern DIVISION = Pattern.compile("\\d{6}");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PASSPORT = Pattern.compile("[A-Za-z0-9]{5,20}");
    /** GB/T 2261.2 marital status: 未婚, 已婚, 丧偶, 离婚, 未说明. */
    static final Set<String> MARITAL = Set.of("10", "20", "30", "40", "90");
    /** Childbearing status: 未育, 已育. */
    static final Set<String> CHILDBEARING = Set.of("0", "1");

    public List<FormProblem> check(DepositForm form, LocalDate today) {
        List<FormProblem> problems = new ArrayList<>();
        if (form.getService() == null) {
            problems.add(new FormProblem("service", "deposit.form.serviceRequired"));
            return problems;
        }
        if (form.getService().isDeposit()) {
            checkDeposit(form, today, problems);
        } else {
            required(problems, "purpose", form.getPurpose(), MAX_PURPOSE);
            if (form.getService() == DepositServiceType.TRANSFER_OUT) {
                required(problems, "receivingAgency", form.getReceivingAgency(), MAX_AGENCY);
            }
        }
        return problems;
    }

    private void checkDeposit(DepositForm form, LocalDate today, List<FormProblem> problems) {
        if (form.answers().applicantGroup() == null) {
            problems.add(new FormProblem("applicantGroup", "deposit.form.applicantGroupRequired"));
        }
        if (form.answers().archiveKeeper() == null) {
            problems.add(new FormProblem("archiveKeeper", "deposit.form.archiveKeeperRequired"));
        }
        if (form.getBirthDate() == null || form.getBirthDate().isAfter(today)) {
            problems.add(new FormProblem("birthDate", "deposit.form.birthDate"));
        }
        checkReferenceCodes(form, problems);
        if (!MARITAL.contains(nz(form.getMaritalStatus()))) {
            problems.add(new FormProblem("maritalStatus", "deposit.form.maritalStatus"));
        }
        if (!CHILDBEARING.contains(nz(form.getChildbearingStatus()))) {
            problems.add(new FormProblem("childbearingStatus", "deposit.form.childbearingStatus"));
        }
        if (!nz(form.getPassportNo()).isEmpty() && !PASSPORT.matcher(nz(form.getPassportNo())).matches()) {
            problems.add(new FormProblem("passportNo", "deposit.form.passportNo"));
        }
        if (!MOBILE.matcher(nz(form.getMobile())).matches()) {
            problems.add(new FormProblem("mobile", "deposit.form.mobile"));
        }
        if (!EMAIL.matcher(nz(form.getEmail())).matches() || nz(form.getEmail()).length() > 128) {
            problems.add(new FormProblem("email", "deposit.form.email"));
        }
        required(problems, "contactName", form.getContactName(), 64);
        if (!MOBILE.matcher(nz(form.getContactMobile())).matches()) {
            problems.add(new FormProblem("contactMobile", "deposit.form.contactMobile"));
        }
        new HistoryRules(today, problems).check(form.getDomesticHistory(), form.getOverseasStudy());
        required(problems, "agencyName", form.getAgencyName(), MAX_AGENCY);
        for (DepositUploadKind kind : DepositUploadKind.values()) {
            if (kind.isRequired() && form.uploadsOf(kind).isEmpty()) {
                problems.add(new FormProblem("uploads." + kind.name(), "deposit.form.uploadRequired." + kind.name()));
            }
        }
        if (!form.isAgreementAccepted()) {
            problems.add(new FormProblem("agreementAccepted", "deposit.form.agreementRequired"));
        }
    }

    /**
     * The hook for the shared reference data (GB/T 2260 divisions, the 56 ethnic groups, political status): today
     * the codes' format; after the reference lists are merged, their existence in those lists.
     */
    void checkReferenceCodes(DepositForm form, List<FormProblem> problems) {
        if (!DIVISION.matcher(nz(form.getHouseholdDivision())).matches() || form.getHouseholdDivision().endsWith("0000")) {
            problems.add(new FormProblem("householdDivision", "deposit.form.householdDivision"));
        }
        if (!inRange(form.getEthnicity(), 1, 56)) {
            problems.add(new FormProblem("ethnicity", "deposit.form.ethnicity"));
        }
        if (!inRange(form.getPoliticalStatus(), 1, 13)) {
            problems.add(new FormProblem("politicalStatus", "deposit.form.politicalStatus"));
        }
    }

    private static boolean inRange(String code, int min, int max) {
        if (!TWO_DIGITS.matcher(nz(code)).matches()) {
            return false;
        }
        int value = Integer.parseInt(code);
        return value >= min && value <= max;
    }

    static void required(List<FormProblem> problems, String field, String value, int max) {
        if (nz(value).isEmpty()) {
            problems.add(new FormProblem(field, "deposit.form.required." + field));
        } else if (nz(value).length() > max) {
            problems.add(new FormProblem(field, "deposit.form.tooLong", max));
        }
    }

    static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
