package io.casehall.account;

import jakarta.validation.constraints.Size;

/**
 * What the 个人注册 page posts. Plain strings throughout, so that any input binds and every rule is
 * checked (and explained) by {@link RegistrationService}; text longer than the page's maxlength
 * ({@code @Size}) does not bind and comes back with its own message (shared/web FormLengthLimits).
 */
public class RegistrationForm {

    @Size(max = RegistrationService.NAME_MAX)
    private String fullName;
    private String verifyBy = ContactChannel.MOBILE.name();
    @Size(max = 20)
    private String mobile;
    @Size(max = Contacts.EMAIL_MAX)
    private String email;
    @Size(max = 6)
    private String code;
    @Size(max = PasswordRules.MAX_LENGTH)
    private String password;
    @Size(max = PasswordRules.MAX_LENGTH)
    private String confirmPassword;
    private String agree;
    /** The image captcha's answer, asked before a code is sent so that no one can text numbers at will. */
    @Size(max = 8)
    private String captcha;

    ContactChannel channel() {
        return ContactChannel.parse(verifyBy);
    }

    /** The normalized address to verify, by the chosen channel; empty when none was chosen. */
    String target() {
        ContactChannel channel = channel();
        if (channel == null) {
            return "";
        }
        return channel == ContactChannel.MOBILE ? Contacts.normalizeMobile(mobile) : Contacts.normalizeEmail(email);
    }

    public boolean isAgreed() {
        return agree != null && (agree.equalsIgnoreCase("true") || agree.equalsIgnoreCase("on")
                || agree.equalsIgnoreCase("yes"));
    }

    /** Passwords are never shown again. */
    void forgetPasswords() {
        password = null;
        confirmPassword = null;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getVerifyBy() {
        return verifyBy;
    }

    public void setVerifyBy(String verifyBy) {
        this.verifyBy = verifyBy;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public String getAgree() {
        return agree;
    }

    public void setAgree(String agree) {
        this.agree = agree;
    }

    public String getCaptcha() {
        return captcha;
    }

    public void setCaptcha(String captcha) {
        this.captcha = captcha;
    }
}
