package io.casehall.shared.spreadsheet;

/** What became of one row; the report shows it in the 导入结果 column. */
public enum RowOutcome {
    /** A new record was created or the action was done. */
    IMPORTED,
    /** An existing record was changed. */
    UPDATED,
    /** An existing record already had these values. */
    UNCHANGED,
    /** Not imported; the reasons say why. */
    REFUSED;

    public boolean isImported() {
        return this != REFUSED;
    }

    /** Message key of the label shown to users. */
    public String messageKey() {
        return "spreadsheet.outcome." + name();
    }
}
