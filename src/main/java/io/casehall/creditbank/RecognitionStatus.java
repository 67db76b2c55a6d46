package io.casehall.creditbank;

/** 认定状态: recognition of a stored achievement by the credit bank's own staff. */
public enum RecognitionStatus {
    UNRECOGNISED("未认定", "Not recognised"),
    RECOGNISING("认定中", "Being recognised"),
    RECOGNISED("已认定", "Recognised");

    private final String label;
    private final String englishLabel;

    RecognitionStatus(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    public String label() {
        return label;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
