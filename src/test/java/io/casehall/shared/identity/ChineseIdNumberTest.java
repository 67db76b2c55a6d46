package io.casehall.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.shared.identity.ChineseIdNumber.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseIdNumberTest {

    @Test
    void acceptsTheStandardsOwnExamples() {
        assertThat(ChineseIdNumber.check("11010519491231002X")).isEmpty();
        assertThat(ChineseIdNumber.check("110101199003074514")).isEmpty();
        assertThat(ChineseIdNumber.check("210202198506120034")).isEmpty();
    }

    @Test
    void acceptsALowerCaseCheckCharacterAndBlanks() {
        assertThat(ChineseIdNumber.isValid(" 11010519491231002x ")).isTrue();
        assertThat(ChineseIdNumber.normalize("11010519491231002x")).isEqualTo("11010519491231002X");
    }

    @Test
    void namesTheProblemOfABrokenNumber() {
        assertThat(ChineseIdNumber.check("1101051949123100")).contains(Problem.FORMAT);
        assertThat(ChineseIdNumber.check("11010519491231002A")).contains(Problem.FORMAT);
        assertThat(ChineseIdNumber.check("99010519491231002X")).contains(Problem.REGION);
        assertThat(ChineseIdNumber.check("110105194902300021")).contains(Problem.BIRTH_DATE);
        assertThat(ChineseIdNumber.check("110105194912310021")).contains(Problem.CHECKSUM);
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertThat(ChineseIdNumber.check("110105" + (LocalDate.now().getYear() + 1) + "01010010"))
                .contains(Problem.BIRTH_DATE);
    }

    @Test
    void readsBirthDateAndGender() {
        assertThat(ChineseIdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(ChineseIdNumber.gender("11010519491231002X")).isEqualTo('F');
        assertThat(ChineseIdNumber.gender("110101199003074514")).isEqualTo('M');
    }
}
