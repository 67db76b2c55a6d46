package io.casehall.staff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff roles the product owner named, each a Camunda group that owns user tasks. Ids are English
 * (used in BPMN candidateGroups); names are what staff see.
 */
public final class StaffRoles {

    public static final String ADMINISTRATORS = "camunda-admin";
    public static final String REAL_NAME_REVIEW = "realNameReview";
    public static final String ARCHIVE_CLERKS = "archiveClerk";
    public static final String FEE_COLLECTION = "feeCollection";
    public static final String PROOFREADING = "proofreading";
    public static final String DEPOSIT_AUDIT = "depositAudit";
    public static final String DATA_CHANGE_APPROVAL = "dataChangeApproval";
    public static final String CREDIT_CONVERSION_APPROVAL = "creditConversionApproval";
    /** The credit bank's own staff: recognise the achievements institutions store (成果认定). */
    public static final String CREDIT_BANK_ADMIN = "creditBankAdmin";
    /** 就业指导中心: graduate qualification campaigns, their imports and windows, additions and removals. */
    public static final String EMPLOYMENT_OFFICE = "employmentOffice";

    /** Work queues: group id to the Chinese name staff know. Clearance checkpoints add their own groups. */
    public static final Map<String, String> QUEUES;

    static {
        Map<String, String> queues = new LinkedHashMap<>();
        queues.put(REAL_NAME_REVIEW, "实名认证审核");
        queues.put(ARCHIVE_CLERKS, "档案业务受理");
        queues.put(FEE_COLLECTION, "收费");
        queues.put(PROOFREADING, "翻译校对");
        queues.put(DEPOSIT_AUDIT, "存档审核");
        queues.put(DATA_CHANGE_APPROVAL, "信息变更审核");
        queues.put(CREDIT_CONVERSION_APPROVAL, "学分转换审核");
        queues.put(CREDIT_BANK_ADMIN, "学分银行成果认定");
        queues.put(EMPLOYMENT_OFFICE, "就业指导中心（资格审查）");
        QUEUES = java.util.Collections.unmodifiableMap(queues);
    }

    private StaffRoles() {
    }
}
