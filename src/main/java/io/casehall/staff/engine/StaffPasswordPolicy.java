package io.casehall.staff.engine;

import io.casehall.shared.security.PasswordStrength;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * Staff passwords follow the shared rule ({@link PasswordStrength}: 8–20 characters, letters and digits) and
 * contain none of the user's own data (id, names, e-mail). The engine applies it on every path that sets a password (Camunda Admin, REST, the console);
 * Camunda Admin shows the rules from their placeholders, translated in the webapps' locale files.
 */
public class StaffPasswordPolicy implements PasswordPolicy {

    public static final String DESCRIPTION = "密码不符合要求：长度 8–20 位，须同时包含字母和数字（可含常用符号），且不能包含用户名或姓名。"
            + " The password must be 8–20 characters, contain letters and digits, and not contain the user's id or name.";

    private final List<PasswordPolicyRule> rules = List.of(new LengthRule(), new LettersAndDigitsRule(),
            new PasswordPolicyUserDataRuleImpl());

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    /** True if the password satisfies every rule for this user (null: the user's data is not checked). */
    public boolean accepts(String password, User user) {
        return password != null && rules.stream().allMatch(rule -> rule.execute(password, user));
    }

    static final class LengthRule implements PasswordPolicyRule {
        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_CASEHALL_LENGTH";
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("minLength", String.valueOf(PasswordStrength.MIN_LENGTH),
                    "maxLength", String.valueOf(PasswordStrength.MAX_LENGTH));
        }

        @Override
        public boolean execute(String password) {
            return PasswordStrength.hasAllowedLength(password);
        }
    }

    static final class LettersAndDigitsRule implements PasswordPolicyRule {
        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_CASEHALL_LETTERS_DIGITS";
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of();
        }

        @Override
        public boolean execute(String password) {
            return PasswordStrength.hasOnlyCommonCharacters(password) && PasswordStrength.hasLetterAndDigit(password);
        }
    }
}
