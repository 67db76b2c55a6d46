package io.casehall.creditbank.rule;

/** 未发布 (saved, not yet published), 已发布 (on the portal, open to applications), 下架 (withdrawn). */
public enum RuleStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    /** The bundle key of the text users read: creditbank.rule.status.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.rule.status." + name();
    }
}
