package io.casehall.qualification;

import java.io.Serializable;

/**
 * The graduate's own fields as a form types them, kept as typed so a refused form comes back filled in: the ones a
 * graduate may change on 申请修改 and a college types when it asks for a roster addition (name, gender, date of
 * birth, origin place as the shared division selects {@code originPlaceProvince}, {@code originPlaceCity},
 * {@code originPlaceDistrict}, ethnicity and political status codes, mobile, home phone, e-mail).
 */
public abstract class GraduateFieldsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String gender;
    private String birthDate;
    private String originPlaceProvince;
    private String originPlaceCity;
    private String originPlaceDistrict;
    private String ethnicity;
    private String politicalStatus;
    private String phone;
    private String homePhone;
    private String email;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getOriginPlaceProvince() {
        return originPlaceProvince;
    }

    public void setOriginPlaceProvince(String originPlaceProvince) {
        this.originPlaceProvince = originPlaceProvince;
    }

    public String getOriginPlaceCity() {
        return originPlaceCity;
    }

    public void setOriginPlaceCity(String originPlaceCity) {
        this.originPlaceCity = originPlaceCity;
    }

    public String getOriginPlaceDistrict() {
        return originPlaceDistrict;
    }

    public void setOriginPlaceDistrict(String originPlaceDistrict) {
        this.originPlaceDistrict = originPlaceDistrict;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getPoliticalStatus() {
        return politicalStatus;
    }

    public void setPoliticalStatus(String politicalStatus) {
        this.politicalStatus = politicalStatus;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getHomePhone() {
        return homePhone;
    }

    public void setHomePhone(String homePhone) {
        this.homePhone = homePhone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
