package io.casehall.account.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.SheetRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry's row rules, without a database. */
class GraduateRegistryRulesTest {

    private static final String VALID_ID = "110101199803151231";

    private static RowErrors errorsOf(Map<String, String> values) {
        RowErrors errors = new RowErrors();
        GraduateRegistryService.parse(row(values), errors);
        return errors;
    }

    private static SheetRow row(Map<String, String> values) {
        return SheetRow.of(2, GraduateRegistryService.importDefinition().columns(), values);
    }

    private static Map<String, String> person(String studentNo, String name, String idNumber) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("studentNo", studentNo);
        values.put("fullName", name);
        values.put("idNumber", idNumber);
        return values;
    }

    private static List<String> keys(RowErrors errors) {
        return errors.reasons().stream().map(RowErrors.Reason::messageKey).toList();
    }

    @Test
    void acceptsAValidResidentIdAPassportAndALowerCaseX() {
        assertThat(errorsOf(person("2016011201", "张伟", VALID_ID)).isEmpty()).isTrue();
        assertThat(errorsOf(person("2016011201", "John Smith", "E12345678")).isEmpty()).isTrue();
        assertThat(errorsOf(person("22007031", "陈静", "21020419981205006x")).isEmpty()).isTrue();
    }

    @Test
    void namesTheExactProblemOfAnIdNumber() {
        assertThat(keys(errorsOf(person("2016011201", "张伟", "110101199803151232")))).containsExactly("id.invalid.CHECKSUM");
        assertThat(keys(errorsOf(person("2016011201", "张伟", "990101199803151231")))).containsExactly("id.invalid.REGION");
        assertThat(keys(errorsOf(person("2016011201", "张伟", "110101199802301231")))).containsExactly("id.invalid.BIRTH_DATE");
        // a digit missing: meant as an ID number, not a passport
        assertThat(keys(errorsOf(person("2016011201", "张伟", "11010119980315123")))).containsExactly("id.invalid.FORMAT");
        assertThat(keys(errorsOf(person("2016011201", "张伟", "E123")))).containsExactly("registry.error.idNumber");
        assertThat(keys(errorsOf(person("2016011201", "张伟", "E1234-5678")))).containsExactly("registry.error.idNumber");
    }

    @Test
    void checksStudentNumberNameGenderDatesAndLengths() {
        Map<String, String> values = person("20-16", "", VALID_ID);
        values.put("gender", "M");
        values.put("enrolmentDate", "2016-09-01");
        values.put("graduationDate", "2015-06-30");
        values.put("major", "专".repeat(129));
        assertThat(keys(errorsOf(values))).containsExactly("registry.error.studentNo", "spreadsheet.error.required",
                "spreadsheet.error.oneOf", "spreadsheet.error.tooLong", "registry.error.graduationBeforeEnrolment");

        Map<String, String> badDate = person("2016011201", "张伟", VALID_ID);
        badDate.put("graduationDate", "2020-06-31");
        assertThat(keys(errorsOf(badDate))).containsExactly("spreadsheet.error.date");

        assertThat(keys(errorsOf(person("", "", "")))).containsExactly("spreadsheet.error.required",
                "spreadsheet.error.required", "spreadsheet.error.required");
    }

    @Test
    void normalizesStudentNumberAndIdNumber() {
        GraduateRow row = GraduateRegistryService.parse(row(person(" s2016011201 ", "张伟", "21020419981205006x")),
                new RowErrors());
        assertThat(row.studentNo()).isEqualTo("S2016011201");
        assertThat(row.idNumber()).isEqualTo("21020419981205006X");
        assertThat(GraduateRegistryService.normalizeStudentNo(" s 2016 ")).isEqualTo("S2016");
        assertThat(GraduateRegistryService.sameName("张 伟", "张伟")).isTrue();
    }

    @Test
    void anUpdateKeepsColumnsTheFileDidNotHaveAndClearsBlankOnes() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Map<String, String> full = person("2016011201", "张伟", VALID_ID);
        full.put("department", "化工与环境生命学部");
        full.put("major", "化学工程与工艺");
        full.put("graduationDate", "2020-06-30");
        GraduateRecord record = new GraduateRecord("2016011201", "张伟", VALID_ID, now);
        assertThat(record.apply(GraduateRegistryService.parse(row(full), new RowErrors()), now)).isTrue();
        assertThat(record.apply(GraduateRegistryService.parse(row(full), new RowErrors()), now)).isFalse();

        Map<String, String> partial = person("2016011201", "张伟", VALID_ID);
        partial.put("major", "");
        Instant later = now.plusSeconds(60);
        assertThat(record.apply(GraduateRegistryService.parse(row(partial), new RowErrors()), later)).isTrue();
        assertThat(record.getDepartment()).isEqualTo("化工与环境生命学部");
        assertThat(record.getGraduationDate()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(record.getMajor()).isNull();
        assertThat(record.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void demoRowsHaveValidIdNumbersMatchingTheirGender() {
        assertThat(GraduateRegistryService.DEMO_ROWS).hasSize(5).allSatisfy(demo -> {
            assertThat(ChineseIdNumber.check(demo.idNumber())).isEmpty();
            assertThat(ChineseIdNumber.gender(demo.idNumber())).isEqualTo("男".equals(demo.gender()) ? 'M' : 'F');
            RowErrors errors = new RowErrors();
            Map<String, String> values = person(demo.studentNo(), demo.fullName(), demo.idNumber());
            values.put("gender", demo.gender());
            values.put("enrolmentDate", demo.enrolmentDate());
            values.put("graduationDate", demo.graduationDate());
            GraduateRegistryService.parse(row(values), errors);
            assertThat(errors.isEmpty()).as(demo.fullName()).isTrue();
        });
    }
}
