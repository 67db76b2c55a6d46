package io.casehall.account.profile;

import io.casehall.account.ProfileExtras;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * 我的信息 as typed. Text only, so that whatever was typed comes back unchanged with its message (see
 * {@link ProfileFormValidator}); the sizes are the page's maxlength.
 */
public class ProfileForm implements Serializable {

    @Size(max = ProfileFormValidator.NATIONALITY_MAX)
    private String nationality;
    @Size(max = 16)
    private String documentValidity;
    @Size(max = 10)
    private String validityStart;
    @Size(max = 32)
    private String landline;

    static ProfileForm from(ProfileExtras extras) {
        ProfileForm form = new ProfileForm();
        form.nationality = extras.nationality();
        form.documentValidity = extras.documentValidity() == null ? null : extras.documentValidity().name();
        form.validityStart = extras.validityStart() == null ? null : extras.validityStart().toString();
        form.landline = extras.landline();
        return form;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getDocumentValidity() {
        return documentValidity;
    }

    public void setDocumentValidity(String documentValidity) {
        this.documentValidity = documentValidity;
    }

    public String getValidityStart() {
        return validityStart;
    }

    public void setValidityStart(String validityStart) {
        this.validityStart = validityStart;
    }

    public String getLandline() {
        return landline;
    }

    public void setLandline(String landline) {
        this.landline = landline;
    }
}
