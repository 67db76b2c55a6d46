package io.casehall.creditbank.conversion;

/**
 * One learner's conversion: 审核中, 转换成功, 转换失败. A failure at any approval step is final at once; a pass becomes
 * 转换成功 when the application's last approval step is done.
 */
public enum ConversionItemStatus {
    PENDING("审核中"),
    PASSED("转换成功"),
    FAILED("转换失败");

    private final String label;

    ConversionItemStatus(String label) {
        this.label = label;
    }

    /** The Chinese data value (exports). */
    public String label() {
        return label;
    }

    /** The bundle key of the text users read: creditbank.conversion.status.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.conversion.status." + name();
    }
}
