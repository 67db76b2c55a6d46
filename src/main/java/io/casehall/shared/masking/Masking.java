package io.casehall.shared.masking;

import org.springframework.stereotype.Component;

/**
 * Display masks for personal data. Exposed to templates as {@code @mask}; staff screens that need
 * the full value ask for it explicitly.
 */
@Component("mask")
public class Masking {

    /** 13412344707 becomes 134****4707. */
    public String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.trim();
        if (p.length() < 7) {
            return keepEnds(p, 1, 1);
        }
        return keepEnds(p, 3, 4);
    }

    /** 110101199003074514 becomes 1101**********4514; a passport keeps two characters at each end. */
    public String idNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return "";
        }
        String v = idNumber.trim();
        if (v.length() >= 15) {
            return keepEnds(v, 4, 4);
        }
        return keepEnds(v, 2, 2);
    }

    /** yanli@example.cn becomes y****i@example.cn. */
    public String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return keepEnds(email, 1, 1);
        }
        String local = email.substring(0, at);
        String masked = local.length() <= 2 ? local.charAt(0) + "****" : local.charAt(0) + "****" + local.charAt(local.length() - 1);
        return masked + email.substring(at);
    }

    /** 刘洋 becomes 刘*, as the seed's password-reset page shows it. */
    public String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.trim();
        return n.charAt(0) + "*".repeat(Math.max(1, n.length() - 1));
    }

    /** A phone number or an e-mail address, whichever it is. */
    public String contact(String contact) {
        if (contact == null) {
            return "";
        }
        return contact.contains("@") ? email(contact) : phone(contact);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return value.charAt(0) + "*".repeat(value.length() - 1);
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
