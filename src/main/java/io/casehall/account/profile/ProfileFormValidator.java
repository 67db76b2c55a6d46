package io.casehall.account.profile;

import io.casehall.account.DocumentValidity;
import io.casehall.account.ProfileExtras;
import io.casehall.shared.identity.ChineseIdNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks 我的信息 and turns it into {@link ProfileExtras}. Messages are keys of {@code i18n/profile}; the form
 * keeps what was typed.
 */
@Component
class ProfileFormValidator {

    static final int NATIONALITY_MAX = 40;
    /** Resident identity cards of the current kind exist since 1984. */
    private static final LocalDate FIRST_ISSUE = LocalDate.of(1984, 1, 1);
    /** Only citizens of 46 or older receive a long-term card. */
    private static final int LONG_TERM_AGE = 46;
    /** Area code and number, an optional extension: 010-62751234, 0411-84708888-123. */
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern NATIONALITY = Pattern.compile("[\\p{IsHan}\\p{L}·．.()（）' -]+");

    private final Clock clock;

    ProfileFormValidator(Clock clock) {
        this.clock = clock;
    }

    /** The checked extras, or empty with the field messages in {@code errors}. */
    Optional<ProfileExtras> validate(ProfileForm form, Errors errors, String verifiedIdNumber) {
        String nationality = trim(form.getNationality());
        if (nationality.isEmpty()) {
            errors.rejectValue("nationality", "profile.nationality.required");
        } else if (nationality.length() > NATIONALITY_MAX || !NATIONALITY.matcher(nationality).matches()) {
            errors.rejectValue("nationality", "profile.nationality.invalid");
        }
        DocumentValidity validity = Arrays.stream(DocumentValidity.values())
                .filter(v -> v.name().equals(form.getDocumentValidity())).findFirst().orElse(null);
        if (validity == null) {
            errors.rejectValue("documentValidity", "profile.validity.required");
        }
        LocalDate start = startDate(form, errors);
        if (validity != null && start != null) {
            checkPeriod(validity, start, verifiedIdNumber, errors);
        }
        String landline = trim(form.getLandline()).replace('－', '-').replace(" ", "");
        if (!landline.isEmpty() && !LANDLINE.matcher(landline).matches()) {
            errors.rejectValue("landline", "profile.landline.invalid");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ProfileExtras(nationality, validity, start, landline.isEmpty() ? null : landline));
    }

    private LocalDate startDate(ProfileForm form, Errors errors) {
        String text = trim(form.getValidityStart());
        if (text.isEmpty()) {
            errors.rejectValue("validityStart", "profile.validityStart.required");
            return null;
        }
        try {
            LocalDate start = LocalDate.parse(text);
            if (start.isAfter(LocalDate.now(clock)) || start.isBefore(FIRST_ISSUE)) {
                errors.rejectValue("validityStart", "profile.validityStart.range");
                return null;
            }
            return start;
        } catch (DateTimeParseException e) {
            errors.rejectValue("validityStart", "profile.validityStart.format");
            return null;
        }
    }

    private void checkPeriod(DocumentValidity validity, LocalDate start, String verifiedIdNumber, Errors errors) {
        LocalDate end = validity.endFrom(start);
        if (end != null && end.isBefore(LocalDate.now(clock))) {
            errors.rejectValue("validityStart", "profile.validity.expired", new Object[] {end.toString()}, null);
        }
        if (validity == DocumentValidity.LONG_TERM && verifiedIdNumber != null) {
            ChineseIdNumber.birthDate(verifiedIdNumber)
                    .filter(birth -> Period.between(birth, start).getYears() < LONG_TERM_AGE)
                    .ifPresent(birth -> errors.rejectValue("documentValidity", "profile.validity.longTermAge",
                            new Object[] {LONG_TERM_AGE}, null));
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
