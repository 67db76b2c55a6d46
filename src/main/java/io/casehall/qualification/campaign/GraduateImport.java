package io.casehall.qualification.campaign;

import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.GraduateData;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.shared.reference.CodeList;
import io.casehall.shared.reference.CodedName;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportSink;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SheetColumn;
import io.casehall.shared.spreadsheet.SheetRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The graduates' import of a campaign (columns of the seed's record): its definition, the rules that turn a row
 * into {@link GraduateData} (origin place to a county-level code, ethnicity and political status to their codes),
 * and the sink that adds new student numbers and updates the office's data of known ones — unless the graduate
 * has already submitted their check, whose data the import must not overwrite.
 */
final class GraduateImport {

    static final String KIND = "qualification-graduates";

    static final String CANDIDATE_NO = "candidateNo";
    static final String STUDENT_NO = "studentNo";
    static final String COLLEGE = "college";
    static final String EDUCATION = "education";
    static final String MAJOR = "major";
    static final String NAME = "name";
    static final String GENDER = "gender";
    static final String BIRTH_DATE = "birthDate";
    static final String ORIGIN_PLACE = "originPlace";
    static final String ETHNICITY = "ethnicity";
    static final String POLITICAL_STATUS = "politicalStatus";
    static final String PHONE = "phone";
    static final String HOME_ADDRESS = "homeAddress";
    static final String HOME_PHONE = "homePhone";
    static final String EMAIL = "email";

    private static final String MOBILE = "1\\d{10}";
    private static final String LANDLINE = "[0-9+()\\- ]{5,20}";
    private static final String MAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";

    private GraduateImport() {
    }

    static ImportDefinition<GraduateData> definition(OriginPlaces places, EthnicGroups ethnicGroups,
                                                     PoliticalStatuses politicalStatuses) {
        return ImportDefinition.<GraduateData>builder(KIND, "毕业生生源信息")
                .column(SheetColumn.required(CANDIDATE_NO, "考生号").aliases("Candidate No.")
                        .hint("qualification.import.hint.candidateNo").example("19210102150123").width(18))
                .column(SheetColumn.required(STUDENT_NO, "学号").aliases("Student No.")
                        .hint("qualification.import.hint.studentNo").example("2019010101").width(14))
                .column(SheetColumn.required(COLLEGE, "学院").aliases("院系", "College")
                        .hint("qualification.import.hint.college").example("文学院").width(18))
                .column(SheetColumn.required(EDUCATION, "学历").aliases("学历层次", "Education")
                        .example("本科生毕业").width(12))
                .column(SheetColumn.required(MAJOR, "专业").aliases("Major").example("汉语言文学").width(16))
                .column(SheetColumn.required(NAME, "姓名").aliases("Name").example("李华").width(10))
                .column(SheetColumn.required(GENDER, "性别").aliases("Gender").allowed("男", "女").width(6))
                .column(SheetColumn.required(BIRTH_DATE, "出生日期").aliases("Birth Date")
                        .hint("qualification.import.hint.birthDate").example("2001-01-01").width(12))
                .column(SheetColumn.required(ORIGIN_PLACE, "生源地").aliases("户口所在地", "Origin Place")
                        .hint("qualification.import.hint.originPlace").example("北京市朝阳区").width(20))
                .column(SheetColumn.required(ETHNICITY, "民族").aliases("Ethnicity").example("汉族").width(10))
                .column(SheetColumn.required(POLITICAL_STATUS, "政治面貌").aliases("Political Status")
                        .example("共青团员").width(14))
                .column(SheetColumn.required(PHONE, "联系电话").aliases("手机号码", "Phone")
                        .hint("qualification.import.hint.phone").example("13942824971").width(14))
                .column(SheetColumn.optional(HOME_ADDRESS, "家庭地址").aliases("Home Address")
                        .example("辽宁省沈阳市皇姑区崇山中路66号").width(30))
                .column(SheetColumn.optional(HOME_PHONE, "家庭电话").aliases("Home Phone").width(14))
                .column(SheetColumn.optional(EMAIL, "电子信箱").aliases("电子邮箱", "E-mail", "Email").width(22))
                .parser((row, errors) -> parse(row, errors, places, ethnicGroups, politicalStatuses))
                .uniqueBy(STUDENT_NO)
                .build();
    }

    static GraduateData parse(SheetRow row, RowErrors errors, OriginPlaces places, CodeList ethnicGroups,
                              CodeList politicalStatuses) {
        String candidateNo = compact(row.required(CANDIDATE_NO, errors));
        if (!candidateNo.isEmpty() && !candidateNo.matches("[0-9A-Za-z]{1,32}")) {
            errors.add("qualification.import.error.candidateNo", candidateNo);
        }
        String studentNo = compact(row.required(STUDENT_NO, errors));
        if (!studentNo.isEmpty() && !studentNo.matches("\\d{10}")) {
            errors.add("qualification.import.error.studentNo", studentNo);
        }
        String college = row.required(COLLEGE, errors);
        row.maxLength(COLLEGE, 100, errors);
        String education = row.required(EDUCATION, errors);
        row.maxLength(EDUCATION, 32, errors);
        String major = row.required(MAJOR, errors);
        row.maxLength(MAJOR, 100, errors);
        String name = row.required(NAME, errors);
        row.maxLength(NAME, 64, errors);
        row.required(GENDER, errors);
        String gender = row.oneOf(GENDER, errors);
        row.required(BIRTH_DATE, errors);
        LocalDate birthDate = row.date(BIRTH_DATE, errors);
        if (birthDate != null && (birthDate.getYear() < 1940 || birthDate.isAfter(LocalDate.now().minusYears(10)))) {
            errors.add("qualification.import.error.birthDate", birthDate.toString());
        }
        String originPlace = originPlace(row, errors, places);
        String ethnicity = coded(row, ETHNICITY, ethnicGroups, errors);
        String politicalStatus = coded(row, POLITICAL_STATUS, politicalStatuses, errors);
        String phone = compact(row.required(PHONE, errors));
        if (!phone.isEmpty() && !phone.matches(MOBILE)) {
            errors.add("qualification.import.error.phone", phone);
        }
        String homeAddress = row.maxLength(HOME_ADDRESS, 300, errors);
        String homePhone = row.textOrNull(HOME_PHONE);
        if (homePhone != null && !homePhone.matches(LANDLINE)) {
            errors.add("qualification.import.error.homePhone", homePhone);
        }
        String email = row.textOrNull(EMAIL);
        if (email != null && (email.length() > 128 || !email.matches(MAIL))) {
            errors.add("qualification.import.error.email", email);
        }
        return new GraduateData(candidateNo, studentNo, college, education, major, name, gender, birthDate,
                originPlace, ethnicity, politicalStatus, phone, homeAddress, homePhone, email);
    }

    private static String originPlace(SheetRow row, RowErrors errors, OriginPlaces places) {
        String text = row.required(ORIGIN_PLACE, errors);
        if (text.isEmpty()) {
            return null;
        }
        OriginPlaces.Resolution resolution = places.resolve(text);
        if (!resolution.resolved()) {
            errors.add(resolution.problemKey(), text);
        }
        return resolution.code();
    }

    /** A coded list's cell: its name (汉族) or its code (01). */
    private static String coded(SheetRow row, String key, CodeList list, RowErrors errors) {
        String text = row.required(key, errors);
        if (text.isEmpty()) {
            return null;
        }
        Optional<CodedName> entry = list.byName(text).or(() -> list.find(text.strip()));
        if (entry.isEmpty()) {
            errors.add("qualification.import.error.notInList", row.header(key), text);
            return null;
        }
        return entry.get().code();
    }

    private static String compact(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\u00A0\\u3000]", "");
    }

    /** Adds new student numbers, updates known ones that have not submitted their check yet. */
    static final class Sink implements ImportSink<GraduateData> {

        private final long campaignId;
        private final QualificationGraduateRepository graduates;
        private final Instant now;
        private final Map<String, QualificationGraduate> byStudentNo = new HashMap<>();

        Sink(long campaignId, QualificationGraduateRepository graduates, Instant now) {
            this.campaignId = campaignId;
            this.graduates = graduates;
            this.now = now;
        }

        @Override
        public void prepare(List<GraduateData> rows) {
            List<String> numbers = rows.stream().map(GraduateData::studentNo).distinct().toList();
            for (int from = 0; from < numbers.size(); from += 500) {
                graduates.findByCampaignIdAndStudentNoIn(campaignId,
                                numbers.subList(from, Math.min(numbers.size(), from + 500)))
                        .forEach(g -> byStudentNo.put(g.getStudentNo(), g));
            }
        }

        @Override
        public RowOutcome apply(GraduateData row, RowErrors errors) {
            QualificationGraduate graduate = byStudentNo.get(row.studentNo());
            if (graduate == null) {
                byStudentNo.put(row.studentNo(), graduates.save(new QualificationGraduate(campaignId, row, now)));
                return RowOutcome.IMPORTED;
            }
            if (graduate.getCheckStatus() != CheckStatus.NOT_SUBMITTED) {
                errors.add("qualification.import.error.alreadySubmitted", row.studentNo());
                return RowOutcome.REFUSED;
            }
            if (sameData(graduate, row)) {
                return RowOutcome.UNCHANGED;
            }
            graduate.replaceData(row, now);
            return RowOutcome.UPDATED;
        }

        private static boolean sameData(QualificationGraduate g, GraduateData row) {
            return Objects.equals(g.getCandidateNo(), row.candidateNo()) && Objects.equals(g.getCollege(), row.college())
                    && Objects.equals(g.getEducation(), row.education()) && Objects.equals(g.getMajor(), row.major())
                    && Objects.equals(g.getName(), row.name()) && Objects.equals(g.getGender(), row.gender())
                    && Objects.equals(g.getBirthDate(), row.birthDate())
                    && Objects.equals(g.getOriginPlaceCode(), row.originPlaceCode())
                    && Objects.equals(g.getEthnicity(), row.ethnicity())
                    && Objects.equals(g.getPoliticalStatus(), row.politicalStatus())
                    && Objects.equals(g.getPhone(), row.phone())
                    && (row.homeAddress() == null || Objects.equals(g.getHomeAddress(), row.homeAddress()))
                    && Objects.equals(g.getHomePhone(), row.homePhone()) && Objects.equals(g.getEmail(), row.email());
        }
    }
}
