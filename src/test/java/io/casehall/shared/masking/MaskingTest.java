package io.casehall.shared.masking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    private final Masking mask = new Masking();

    @Test
    void masksAPhoneAsTheSeedShowsIt() {
        assertThat(mask.phone("13412344707")).isEqualTo("134****4707");
    }

    @Test
    void masksAnEmailAsTheSeedShowsIt() {
        assertThat(mask.email("yanli@cscse.edu.cn")).isEqualTo("y****i@cscse.edu.cn");
        assertThat(mask.email("ab@x.cn")).isEqualTo("a****@x.cn");
    }

    @Test
    void masksIdNumbersKeepingOnlyTheEnds() {
        assertThat(mask.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(mask.idNumber("E12345678")).isEqualTo("E1*****78");
    }

    @Test
    void masksANameLikeThePasswordResetPage() {
        assertThat(mask.name("刘洋")).isEqualTo("刘*");
        assertThat(mask.name("欧阳娜娜")).isEqualTo("欧***");
    }

    @Test
    void emptyValuesStayEmpty() {
        assertThat(mask.phone(null)).isEmpty();
        assertThat(mask.idNumber(" ")).isEmpty();
        assertThat(mask.contact("yanli@cscse.edu.cn")).isEqualTo("y****i@cscse.edu.cn");
        assertThat(mask.contact("13412344707")).isEqualTo("134****4707");
    }
}
