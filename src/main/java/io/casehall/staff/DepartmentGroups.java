package io.casehall.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Department-scoped Camunda groups, shared by every procedure whose staff act for one department or college
 * (clearance's 学工组 and 院系操作员, the colleges' qualification reviewers): the group of a role for one
 * department is the role's id followed by the department's code, e.g. {@code dataChangeApprovalD1a2b3c4d}.
 */
public final class DepartmentGroups {

    private DepartmentGroups() {
    }

    /**
     * The code of a department (所在部门, 学院) as used in Camunda group ids, which allow letters and digits only:
     * "D" and 8 hex digits of the SHA-256 of the department's name as imported, e.g. 马克思主义学院 → D3c0f….
     */
    public static String departmentCode(String department) {
        String name = department == null ? "" : Normalizer.normalize(department.strip(), Normalizer.Form.NFC);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "D" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The candidate group of a department-scoped role for one department, e.g. clearanceHandoverD1a2b3c4d. */
    public static String departmentGroup(String role, String department) {
        return role + departmentCode(department);
    }

    /**
     * The department code of a group of the role ({@code role + code}), or null when the group is not one of the
     * role's department groups.
     */
    public static String codeOfGroup(String role, String groupId) {
        if (groupId == null || !groupId.startsWith(role) || groupId.length() != role.length() + 9) {
            return null;
        }
        String code = groupId.substring(role.length());
        return code.matches("D[0-9a-f]{8}") ? code : null;
    }
}
