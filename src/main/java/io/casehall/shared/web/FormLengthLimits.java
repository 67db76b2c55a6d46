package io.casehall.shared.web;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;

/**
 * Length limits for every form bound to an object ({@code @ModelAttribute}): text longer than its field allows is
 * bound as typed and flagged with the field error {@value #TOO_LONG} ("at most N characters"), so the controller,
 * which re-shows a form whose binding result has errors, shows it with the message beside the field and the text
 * still in it.
 *
 * <p>The limit of a field is its {@link jakarta.validation.constraints.Size#max() @Size(max = N)} — the same
 * number as the page's {@code maxlength} — on the form class, or on the row class of a list field
 * ({@code items[3].remark}); a field without one gets {@link #DEFAULT_MAX_LENGTH}, so no form takes unbounded
 * text. Single {@code @RequestParam} values are the controller's to check. Values of the wrong type (an unknown
 * select option bound to an enum, a malformed date or number) are Spring's {@code typeMismatch} errors, explained
 * by the shared messages. Applied by {@link FormBindingHandlerAdapter}'s binders.
 */
final class FormLengthLimits {

    /** Far above any page's maxlength: only text no form would send is stopped here. */
    static final int DEFAULT_MAX_LENGTH = 2000;

    static final String TOO_LONG = "field.tooLong";

    private static final Pattern INDEX = Pattern.compile("\\[[^]]*]");

    private FormLengthLimits() {
    }

    /** Flags the bound values that are longer than their field allows (fields with an error already aside). */
    static void flagTooLong(DataBinder binder, MutablePropertyValues bound) {
        if (binder.getTarget() == null || !(binder.getBindingResult() instanceof AbstractPropertyBindingResult result)) {
            return;
        }
        Map<String, Integer> limits = FieldLimits.of(binder.getTarget().getClass());
        for (PropertyValue value : bound.getPropertyValues()) {
            String field = value.getName();
            if (result.hasFieldErrors(field) || !result.getPropertyAccessor().isWritableProperty(field)) {
                continue;
            }
            int max = limits.getOrDefault(INDEX.matcher(field).replaceAll(""), DEFAULT_MAX_LENGTH);
            if (longest(value.getValue()) > max) {
                result.addError(new FieldError(result.getObjectName(), field, typed(value.getValue()), false,
                        result.resolveMessageCodes(TOO_LONG, field), new Object[] {String.valueOf(max)},
                        "at most " + max + " characters"));
            }
        }
    }

    /** The length in characters of the value, or of its longest element; 0 for what is not text. */
    private static int longest(Object value) {
        if (value instanceof String text) {
            return text.codePointCount(0, text.length());
        }
        int longest = 0;
        if (value != null && value.getClass().isArray()) {
            for (Object element : ObjectUtils.toObjectArray(value)) {
                longest = Math.max(longest, longest(element));
            }
        }
        return longest;
    }

    private static Object typed(Object value) {
        return value != null && value.getClass().isArray()
                ? StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(value)) : value;
    }
}
