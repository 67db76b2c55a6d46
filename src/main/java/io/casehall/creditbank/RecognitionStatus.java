package io.casehall.creditbank;

/** 认定状态: recognition of a stored achievement by the credit bank's own staff. */
public enum RecognitionStatus {
    UNRECOGNISED("未认定"),
    RECOGNISING("认定中"),
    RECOGNISED("已认定");

    private final String label;

    RecognitionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The bundle key of the text users read: creditbank.recognition.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.recognition." + name();
    }
}
