package io.casehall.deposit.submission;

import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositServiceType;
import io.casehall.deposit.DepositUploadKind;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.reference.ChildbearingStatuses;
import io.casehall.shared.reference.CodeList;
import io.casehall.shared.reference.DivisionChoice;
import io.casehall.shared.reference.Divisions;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.MaritalStatuses;
import io.casehall.shared.reference.PoliticalStatuses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The server-side rules of the form; every problem names its field, so the page marks it and keeps what was
 * typed. Places and coded answers are checked against the shared national lists ({@code shared.reference}).
 */
@Component
public class DepositFormValidator {

    static final int MAX_TEXT = 100;
    static final int MAX_AGENCY = 200;
    static final int MAX_PURPOSE = 500;
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PASSPORT = Pattern.compile("[A-Za-z0-9]{5,20}");

    private final Divisions divisions;
    private final EthnicGroups ethnicGroups;
    private final PoliticalStatuses politicalStatuses;
    private final MaritalStatuses maritalStatuses;
    private final ChildbearingStatuses childbearingStatuses;

    public DepositFormValidator(Divisions divisions, EthnicGroups ethnicGroups, PoliticalStatuses politicalStatuses,
                                MaritalStatuses maritalStatuses, ChildbearingStatuses childbearingStatuses) {
        this.divisions = divisions;
        this.ethnicGroups = ethnicGroups;
        this.politicalStatuses = politicalStatuses;
        this.maritalStatuses = maritalStatuses;
        this.childbearingStatuses = childbearingStatuses;
    }

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
     * The household registration down to the county (from the three selects, or a code given directly) and the
     * coded answers, each against its national list.
     */
    private void checkReferenceCodes(DepositForm form, List<FormProblem> problems) {
        String province = nz(form.getHouseholdDivisionProvince());
        if (!province.isEmpty() || !nz(form.getHouseholdDivisionCity()).isEmpty()) {
            DivisionChoice choice = divisions.choose(province, nz(form.getHouseholdDivisionCity()),
                    nz(form.getHouseholdDivisionDistrict()));
            if (choice.isValid()) {
                form.setHouseholdDivision(choice.place().code());
            } else {
                problems.add(new FormProblem("householdDivision", choice.problemKey()));
            }
        } else if (!divisions.isSelectableLeaf(nz(form.getHouseholdDivision()))) {
            problems.add(new FormProblem("householdDivision", "deposit.form.householdDivision"));
        }
        coded(problems, "ethnicity", form.getEthnicity(), ethnicGroups);
        coded(problems, "politicalStatus", form.getPoliticalStatus(), politicalStatuses);
        coded(problems, "maritalStatus", form.getMaritalStatus(), maritalStatuses);
        coded(problems, "childbearingStatus", form.getChildbearingStatus(), childbearingStatuses);
    }

    private static void coded(List<FormProblem> problems, String field, String code, CodeList list) {
        if (list.find(nz(code)).isEmpty()) {
            problems.add(new FormProblem(field, "deposit.form." + field));
        }
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
