package io.casehall.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcdef12", "ABCDEFGH1", "Pass2026", "a1b2c3d4e5f6g7h8i9j0", "Pa$$w0rd!", "x_1-2.3@4#",
            "1234567a"})
    void acceptsLettersAndDigitsOf8To20(String password) {
        assertThat(PasswordRules.problem(password)).isEmpty();
        assertThat(PasswordRules.isAcceptable(password)).isTrue();
    }

    @Test
    void refusesWithTheReason() {
        assertThat(PasswordRules.problem(null)).contains("password.required");
        assertThat(PasswordRules.problem("")).contains("password.required");
        assertThat(PasswordRules.problem("abc1234")).contains("password.length");
        assertThat(PasswordRules.problem("a1b2c3d4e5f6g7h8i9j0k")).contains("password.length");
        assertThat(PasswordRules.problem("abcdefgh")).contains("password.letterAndDigit");
        assertThat(PasswordRules.problem("12345678")).contains("password.letterAndDigit");
        assertThat(PasswordRules.problem("!@#$%^&*")).contains("password.letterAndDigit");
        assertThat(PasswordRules.problem("pass 2026")).contains("password.chars");
        assertThat(PasswordRules.problem("密码pass2026")).contains("password.chars");
        assertThat(PasswordRules.problem("ｐａｓｓ２０２６ab")).contains("password.chars");
        assertThat(PasswordRules.problem("pass\t2026")).contains("password.chars");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(PasswordRules.problem("abcdefg1")).isEmpty();
        assertThat(PasswordRules.problem("é1234567")).contains("password.chars");
    }
}
