package io.casehall.creditbank;

import io.casehall.staff.StaffRoles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Camunda groups of the credit bank. Groups are shared by all institutions; tenant membership keeps each
 * institution's users to its own tasks. {@link #CREDIT_BANK_ADMIN} is the credit bank's own staff (no tenant).
 */
public final class CreditBankGroups {

    /** The registering account of an institution, and whom it promotes: users, roles, institution details. */
    public static final String INSTITUTION_ADMIN = "institutionAdmin";
    /** Every user of an institution: achievements, learners, feedback. */
    public static final String INSTITUTION_USER = "institutionUser";
    /** Approves the conversion applications the institution receives (the product owner's named role). */
    public static final String CONVERSION_APPROVAL = StaffRoles.CREDIT_CONVERSION_APPROVAL;
    /** The credit bank's own staff: recognise institutions' achievements (成果认定). */
    public static final String CREDIT_BANK_ADMIN = StaffRoles.CREDIT_BANK_ADMIN;

    /**
     * The roles an institution administrator may give a sub-user, with their Chinese names (Camunda's group names);
     * pages show the bundle's creditbank.role.&lt;group id&gt;.
     */
    public static final Map<String, String> ASSIGNABLE;

    static {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(INSTITUTION_USER, "机构用户");
        roles.put(CONVERSION_APPROVAL, "学分转换审核");
        roles.put(INSTITUTION_ADMIN, "机构管理员");
        ASSIGNABLE = java.util.Collections.unmodifiableMap(roles);
    }

    /** What the registering account gets. */
    public static final List<String> REGISTRANT = List.of(INSTITUTION_ADMIN, INSTITUTION_USER, CONVERSION_APPROVAL);

    private CreditBankGroups() {
    }
}
