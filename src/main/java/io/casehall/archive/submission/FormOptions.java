package io.casehall.archive.submission;

import io.casehall.account.ApplicantProfile;
import io.casehall.archive.ApplicationForm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The selects of the application form with the options the page offers: the seed's fixed list, plus the value
 * the applicant's verified profile holds when the list does not have it (the graduate registry may say 本科 where
 * the list says 本科生), so a prefilled form can always be sent as shown. The server accepts exactly these.
 */
public enum FormOptions {

    EDUCATION_LEVEL("educationLevel", List.of("博士研究生", "硕士研究生", "本科生", "专科生"),
            ApplicantProfile::educationLevel, ApplicationForm::getEducationLevel),
    SCHOOLING_LENGTH("schoolingLength", List.of("2年", "2.5年", "3年", "4年", "5年", "6年", "8年"),
            ApplicantProfile::schoolingLength, ApplicationForm::getSchoolingLength),
    DEGREE_TYPE("degreeType", List.of("哲学", "经济学", "法学", "教育学", "文学", "历史学", "理学", "工学", "农学", "医学",
            "军事学", "管理学", "艺术学", "交叉学科", "无学位"), ApplicantProfile::degreeType, ApplicationForm::getDegreeType),
    STUDY_MODE("studyMode", List.of("全日制", "非全日制"), ApplicantProfile::studyMode, ApplicationForm::getStudyMode),
    STUDY_CATEGORY("studyCategory", List.of("博士", "硕士", "本科", "专科"),
            ApplicantProfile::studyCategory, ApplicationForm::getStudyCategory);

    private final String field;
    private final List<String> standard;
    private final Function<ApplicantProfile, String> profileValue;
    private final Function<ApplicationForm, String> formValue;

    FormOptions(String field, List<String> standard, Function<ApplicantProfile, String> profileValue,
                Function<ApplicationForm, String> formValue) {
        this.field = field;
        this.standard = standard;
        this.profileValue = profileValue;
        this.formValue = formValue;
    }

    /** The form field. */
    String field() {
        return field;
    }

    /** The page's model attribute holding the options: educationLevels, studyCategories, ... */
    public String optionsAttribute() {
        return field.endsWith("y") ? field.substring(0, field.length() - 1) + "ies" : field + "s";
    }

    /** What the select offers this applicant. */
    public List<String> offered(ApplicantProfile profile) {
        String own = profile == null ? null : profileValue.apply(profile);
        if (own == null || own.isBlank() || standard.contains(own)) {
            return standard;
        }
        List<String> options = new ArrayList<>(standard);
        options.add(own);
        return List.copyOf(options);
    }

    /** Whether the form's value is one the select offers (or left empty: 请选择). */
    boolean accepts(ApplicationForm form, ApplicantProfile profile) {
        String value = formValue.apply(form);
        return value == null || value.isEmpty() || offered(profile).contains(value);
    }
}
