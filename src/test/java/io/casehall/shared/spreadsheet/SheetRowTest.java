package io.casehall.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SheetRowTest {

    @Test
    void readsTheDateSpellingsRegistriesUse() {
        assertThat(SheetRow.parseDate("2020-06-30")).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(SheetRow.parseDate("2020/6/3")).isEqualTo(LocalDate.of(2020, 6, 3));
        assertThat(SheetRow.parseDate("2020.06.30")).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(SheetRow.parseDate("2020年6月30日")).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(SheetRow.parseDate("20200630")).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(SheetRow.parseDate("2016-09")).isEqualTo(LocalDate.of(2016, 9, 1));
        assertThat(SheetRow.parseDate("2016年9月")).isEqualTo(LocalDate.of(2016, 9, 1));
        assertThat(SheetRow.parseDate("2020-06-30 14:00")).isEqualTo(LocalDate.of(2020, 6, 30));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(SheetRow.parseDate("2020-02-30")).isNull();
        assertThat(SheetRow.parseDate("2020-13-01")).isNull();
        assertThat(SheetRow.parseDate("30/06/2020")).isNull();
        assertThat(SheetRow.parseDate("2020/06-30")).isNull();
        assertThat(SheetRow.parseDate("next June")).isNull();
        assertThat(SheetRow.parseDate("0020-06-30")).isNull();
    }

    @Test
    void headersMatchIgnoringBlanksMarkersCaseAndFullWidthBrackets() {
        SheetColumn column = SheetColumn.required("idNumber", "证件号码（身份证）").aliases("ID No.");
        assertThat(column.matchesHeader("证件号码(身份证)*")).isTrue();
        assertThat(column.matchesHeader(" 证件号码 （身份证） ")).isTrue();
        assertThat(column.matchesHeader("id no.")).isTrue();
        assertThat(column.matchesHeader("证件号")).isFalse();
        assertThat(column.matchesHeader("")).isFalse();
    }
}
