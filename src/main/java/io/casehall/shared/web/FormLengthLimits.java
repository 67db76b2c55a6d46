package io.casehall.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.Collection;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.PropertyAccessException;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * Length limits for every form bound to an object ({@code @ModelAttribute}): a text field longer than its
 * limit does not bind, and the form comes back with "at most N characters" beside the field and the text as
 * typed (the controller re-shows it because the binding result has an error, as for any wrong value).
 *
 * <p>The limit of a field is its {@link jakarta.validation.constraints.Size#max() @Size(max = N)} — the same
 * number as the page's {@code maxlength} — on the form class, or on the row class of a list field
 * ({@code items[3].remark}); a field without one gets {@link #DEFAULT_MAX_LENGTH}, so no form takes unbounded
 * text. Single {@code @RequestParam} values are the controller's to check. Values of the wrong type (an
 * unknown select option bound to an enum, a malformed date or number) become {@code typeMismatch} errors,
 * explained by the shared messages.
 *
 * <p>Applied by {@link FormBindingHandlerAdapter} after the controllers' own {@code @InitBinder} methods, which
 * may still configure the binder (registering editors initializes it).
 */
final class FormLengthLimits {

    /** Far above any page's maxlength: only text no form would send is stopped here. */
    static final int DEFAULT_MAX_LENGTH = 2000;

    static final String TOO_LONG = "field.tooLong";

    private FormLengthLimits() {
    }

    static void apply(WebDataBinder binder) {
        Class<?> formType = formType(binder);
        if (formType == null) {
            return;
        }
        binder.registerCustomEditor(String.class, new LengthLimit(DEFAULT_MAX_LENGTH));
        FieldLimits.of(formType).forEach((path, max) -> binder.registerCustomEditor(String.class, path, new LengthLimit(max)));
        binder.setBindingErrorProcessor(new TooLongAsFieldError());
    }

    /** The form object's class; null for a binder of a single request parameter. */
    private static Class<?> formType(WebDataBinder binder) {
        if (binder.getTarget() != null) {
            return binder.getTarget().getClass();
        }
        if (binder.getTargetType() != null) {
            Class<?> type = binder.getTargetType().resolve();
            return type == null || isSingleValue(type) ? null : type;
        }
        return null;
    }

    /** Binds text up to a length; longer text is refused with {@link TooLong}. */
    static final class LengthLimit extends PropertyEditorSupport {

        private final int max;

        LengthLimit(int max) {
            this.max = max;
        }

        @Override
        public void setAsText(String text) {
            if (text != null && text.codePointCount(0, text.length()) > max) {
                throw new TooLong(max);
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** Text over the limit; becomes a field error, not an exception. */
    static final class TooLong extends IllegalArgumentException {

        private final int max;

        TooLong(int max) {
            super("longer than " + max + " characters");
            this.max = max;
        }
    }

    /** Turns {@link TooLong} into the field error {@value #TOO_LONG} with the limit; the rest as usual. */
    static final class TooLongAsFieldError extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            TooLong tooLong = tooLong(ex);
            if (tooLong == null) {
                super.processPropertyAccessException(ex, bindingResult);
                return;
            }
            String field = ex.getPropertyName();
            Object rejected = ex.getValue();
            if (rejected != null && rejected.getClass().isArray()) {
                rejected = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(rejected));
            }
            bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, rejected, true,
                    bindingResult.resolveMessageCodes(TOO_LONG, field), new Object[] {String.valueOf(tooLong.max)},
                    "at most " + tooLong.max + " characters"));
        }

        private static TooLong tooLong(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLong found) {
                    return found;
                }
            }
            return null;
        }
    }

    /** Types a binder converts as one value (or a list of values) rather than binding as a form. */
    private static boolean isSingleValue(Class<?> type) {
        return BeanUtils.isSimpleValueType(type) || type.isArray() || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type);
    }
}
