package io.casehall.creditbank.web;

import io.casehall.creditbank.achievement.AchievementCodes;
import io.casehall.creditbank.registration.InstitutionDetailsForm;
import io.casehall.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The text users read for the module's stored codes, in the request's language: the values of the achievement
 * lists (层次, 毕业结论, 等级), the school types and the institution roles. The stored values stay Chinese (they are
 * what imports read and exports write). Templates use it as {@code @cbText}.
 */
@Component("cbText")
public class CreditBankTexts {

    private final Messages messages;

    public CreditBankTexts(Messages messages) {
        this.messages = messages;
    }

    /** A value of an achievement list as read; any other value (data typed by people) as it is. */
    public String code(String value) {
        String key = AchievementCodes.messageKey(value);
        return key == null ? value : messages.get(key);
    }

    /** A school type (学校类型) as read; a type outside the list as it is. */
    public String schoolType(String value) {
        int index = value == null ? -1 : InstitutionDetailsForm.SCHOOL_TYPES.indexOf(value);
        return index < 0 ? value : messages.get("creditbank.schoolType." + index);
    }

    /** The name of an institution role (a Camunda group id). */
    public String role(String groupId) {
        return messages.get("creditbank.role." + groupId);
    }
}
