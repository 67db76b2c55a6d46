package io.casehall.deposit.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The wording of the documents in Chinese and English, from the {@code depositdocs} bundles. */
@Component
class DepositTexts {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", EN);

    private final MessageSource messages;

    DepositTexts(MessageSource messages) {
        this.messages = messages;
    }

    String zh(String key, Object... args) {
        return messages.getMessage("depositdocs." + key, args, ZH);
    }

    String en(String key, Object... args) {
        return messages.getMessage("depositdocs." + key, args, EN);
    }

    static String dateZh(LocalDate date) {
        return DATE_ZH.format(date);
    }

    static String dateEn(LocalDate date) {
        return DATE_EN.format(date);
    }

    /** The gender as the account records it (男/女), in English for the English text. */
    static String genderEn(String gender) {
        return switch (gender) {
            case "男" -> "male";
            case "女" -> "female";
            default -> gender;
        };
    }
}
