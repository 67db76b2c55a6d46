package io.casehall.creditbank.conversion;

/** 个人申请 (the learner applies in the portal) or 机构发起 (the institution holding the achievement applies for a batch). */
public enum ConversionChannel {
    PERSONAL,
    INSTITUTION;

    /** The bundle key of the text users read: creditbank.conversion.channel.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.conversion.channel." + name();
    }
}
