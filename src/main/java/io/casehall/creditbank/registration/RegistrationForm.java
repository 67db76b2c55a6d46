package io.casehall.creditbank.registration;

import java.io.Serializable;

/** Step 1 of the registration as typed; it travels back to the page in the flash without the passwords. */
public class RegistrationForm implements Serializable {

    private String departmentCode = "";
    private String schoolCode = "";
    private String typedCode = "";
    private String password = "";
    private String confirmPassword = "";
    private String phone = "";
    private String code = "";
    private boolean agree;

    /** What goes back to the page: everything typed except the passwords. */
    RegistrationForm withoutPasswords() {
        password = "";
        confirmPassword = "";
        return this;
    }

    static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = trim(departmentCode);
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = trim(schoolCode);
    }

    public String getTypedCode() {
        return typedCode;
    }

    public void setTypedCode(String typedCode) {
        this.typedCode = trim(typedCode);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = trim(phone).replace(" ", "");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = trim(code);
    }

    public boolean isAgree() {
        return agree;
    }

    public void setAgree(boolean agree) {
        this.agree = agree;
    }
}
