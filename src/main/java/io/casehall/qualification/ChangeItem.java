package io.casehall.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One changed field of a change request: the stored values (see {@link QualificationField}) and their texts. */
@Embeddable
public class ChangeItem {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QualificationField field;
    @Column(name = "old_value")
    private String oldValue;
    @Column(name = "new_value", nullable = false)
    private String newValue;
    @Column(name = "old_text")
    private String oldText;
    @Column(name = "new_text", nullable = false)
    private String newText;

    protected ChangeItem() {
    }

    public ChangeItem(QualificationField field, String oldValue, String newValue, String oldText, String newText) {
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.oldText = oldText;
        this.newText = newText;
    }

    public QualificationField getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getOldText() {
        return oldText;
    }

    public String getNewText() {
        return newText;
    }
}
