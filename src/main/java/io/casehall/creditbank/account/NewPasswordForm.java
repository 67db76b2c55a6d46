package io.casehall.creditbank.account;

import java.io.Serializable;

/** A new password (with its confirmation) and the SMS code proving the user's phone; passwords never go back. */
public class NewPasswordForm implements Serializable {

    private String code = "";
    private String newPassword = "";
    private String confirmPassword = "";

    /** The form to show again after a refusal: the code stays, the passwords are emptied. */
    NewPasswordForm cleared() {
        newPassword = "";
        confirmPassword = "";
        return this;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code.trim();
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }
}
