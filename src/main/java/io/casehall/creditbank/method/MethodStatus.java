package io.casehall.creditbank.method;

/** A conversion method is 未发布 (saved, or withdrawn from publication) or 已发布 (shown on the portal). */
public enum MethodStatus {
    UNPUBLISHED,
    PUBLISHED;

    /** The bundle key of the text users read: creditbank.method.status.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.method.status." + name();
    }
}
