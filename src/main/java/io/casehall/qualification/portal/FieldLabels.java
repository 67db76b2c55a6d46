package io.casehall.qualification.portal;

import io.casehall.qualification.QualificationField;

/** Message keys of the source data's field labels (姓名, 生源地 …) in {@code i18n/qualification}. */
public final class FieldLabels {

    private FieldLabels() {
    }

    public static String key(QualificationField field) {
        return "qualification.field." + field.name();
    }
}
