package io.casehall.creditbank.registration;

import io.casehall.creditbank.InstitutionDetails;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * 机构信息 as typed: step 3 of the registration and the 机构信息 page share this form, its checks and its template
 * fragment ({@code creditbank/details-form :: fields}). A draft (保存) keeps what was typed, checking only the format
 * of what is filled in; 提交 also needs every starred field.
 */
public class InstitutionDetailsForm implements Serializable {

    /** 学校类型 as the seed lists them. */
    public static final List<String> SCHOOL_TYPES = List.of("本科", "高职（专科）", "中职", "技工院校", "开放大学",
            "成人高校", "其他");

    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private String supervisingUnit = "";
    private String creditCode = "";
    private String schoolType = "";
    private String legalRepresentative = "";
    private String contactName = "";
    private String contactPhone = "";
    private String contactEmail = "";
    private String postalCode = "";
    private String address = "";
    private String businessScope = "";
    private String introduction = "";

    public static InstitutionDetailsForm of(InstitutionDetails details) {
        InstitutionDetailsForm form = new InstitutionDetailsForm();
        form.setSupervisingUnit(details.supervisingUnit());
        form.setCreditCode(details.creditCode());
        form.setSchoolType(details.schoolType());
        form.setLegalRepresentative(details.legalRepresentative());
        form.setContactName(details.contactName());
        form.setContactPhone(details.contactPhone());
        form.setContactEmail(details.contactEmail());
        form.setPostalCode(details.postalCode());
        form.setAddress(details.address());
        form.setBusinessScope(details.businessScope());
        form.setIntroduction(details.introduction());
        return form;
    }

    public InstitutionDetails toDetails() {
        return new InstitutionDetails(blankToNull(supervisingUnit), blankToNull(creditCode), blankToNull(schoolType),
                blankToNull(legalRepresentative), blankToNull(contactName), blankToNull(contactPhone),
                blankToNull(contactEmail), blankToNull(postalCode), blankToNull(address), blankToNull(businessScope),
                blankToNull(introduction));
    }

    /** The checks: formats always; the starred fields when {@code complete} (提交). */
    public void validate(Errors errors, boolean complete) {
        if (complete) {
            required(errors, "schoolType", schoolType);
            required(errors, "legalRepresentative", legalRepresentative);
            required(errors, "contactName", contactName);
            required(errors, "contactPhone", contactPhone);
            required(errors, "contactEmail", contactEmail);
            required(errors, "postalCode", postalCode);
            required(errors, "address", address);
            required(errors, "businessScope", businessScope);
        }
        if (!creditCode.isEmpty() && !isCreditCode(creditCode)) {
            errors.rejectValue("creditCode", "creditbank.profile.creditCode.invalid");
        }
        if (!schoolType.isEmpty() && !SCHOOL_TYPES.contains(schoolType)) {
            errors.rejectValue("schoolType", "creditbank.profile.schoolType.invalid");
        }
        if (!contactPhone.isEmpty() && !CreditBankPasswords.isMobile(contactPhone)) {
            errors.rejectValue("contactPhone", "creditbank.register.phone.invalid");
        }
        if (!contactEmail.isEmpty() && (!EMAIL.matcher(contactEmail).matches() || contactEmail.length() > 100)) {
            errors.rejectValue("contactEmail", "creditbank.profile.email.invalid");
        }
        if (!postalCode.isEmpty() && !postalCode.matches("\\d{6}")) {
            errors.rejectValue("postalCode", "creditbank.profile.postalCode.invalid");
        }
        tooLong(errors, "supervisingUnit", supervisingUnit, 100);
        tooLong(errors, "legalRepresentative", legalRepresentative, 50);
        tooLong(errors, "contactName", contactName, 50);
        tooLong(errors, "address", address, 200);
        tooLong(errors, "businessScope", businessScope, 500);
        tooLong(errors, "introduction", introduction, 1000);
    }

    /** A unified social credit code (统一社会信用代码, GB 32100): 18 characters and its check character. */
    public static boolean isCreditCode(String code) {
        if (code == null || !CREDIT_CODE.matcher(code).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CREDIT_CHARS.charAt(check);
    }

    /** The first 17 characters completed with their check character (tests, demo data). */
    public static String withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return first17 + CREDIT_CHARS.charAt((31 - sum % 31) % 31);
    }

    private static void required(Errors errors, String field, String value) {
        if (value.isEmpty() && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "creditbank.profile.required");
        }
    }

    private static void tooLong(Errors errors, String field, String value, int max) {
        if (value.length() > max && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "creditbank.profile.tooLong", new Object[]{max}, null);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String clean(String value) {
        return value == null ? "" : value.trim();
    }

    public String getSupervisingUnit() {
        return supervisingUnit;
    }

    public void setSupervisingUnit(String supervisingUnit) {
        this.supervisingUnit = clean(supervisingUnit);
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = clean(creditCode).toUpperCase(java.util.Locale.ROOT);
    }

    public String getSchoolType() {
        return schoolType;
    }

    public void setSchoolType(String schoolType) {
        this.schoolType = clean(schoolType);
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = clean(legalRepresentative);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = clean(contactName);
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = clean(contactPhone);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = clean(contactEmail);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = clean(postalCode);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = clean(address);
    }

    public String getBusinessScope() {
        return businessScope;
    }

    public void setBusinessScope(String businessScope) {
        this.businessScope = clean(businessScope);
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = clean(introduction);
    }
}
