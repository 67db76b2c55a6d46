package io.casehall.shared.notification;

import java.util.regex.Pattern;

/**
 * Tidies a composed notice text where a person's words meet the template: an opinion that already ends with
 * "。" placed before the template's own "。" would read "89分。。". Runs of Chinese punctuation keep their first mark.
 */
public final class NoticeText {

    private static final Pattern DOUBLED = Pattern.compile("([。！？；，、：])[。！？；，、]+");

    private NoticeText() {
    }

    public static String tidy(String text) {
        return text == null ? null : DOUBLED.matcher(text).replaceAll("$1");
    }
}
