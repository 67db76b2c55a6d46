package io.casehall.qualification.portal;

import java.io.Serializable;

/**
 * Step 2's 申请修改 form: every field the graduate may change, as typed. Places come as the three selects of the
 * shared cascade ({@code originPlace*}, {@code homeDivision*}); the home address in parts (division, street or road,
 * house number or village group). Proofs that were stored already travel as their document ids and names, so a form
 * that comes back keeps them.
 */
public class ChangeForm implements Serializable {

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
    private String homeDivisionProvince;
    private String homeDivisionCity;
    private String homeDivisionDistrict;
    private String homeStreet;
    private String homeHouseNo;
    private String homePhone;
    private String email;
    private String proof1Id;
    private String proof1Name;
    private String proof2Id;
    private String proof2Name;

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

    public String getHomeDivisionProvince() {
        return homeDivisionProvince;
    }

    public void setHomeDivisionProvince(String homeDivisionProvince) {
        this.homeDivisionProvince = homeDivisionProvince;
    }

    public String getHomeDivisionCity() {
        return homeDivisionCity;
    }

    public void setHomeDivisionCity(String homeDivisionCity) {
        this.homeDivisionCity = homeDivisionCity;
    }

    public String getHomeDivisionDistrict() {
        return homeDivisionDistrict;
    }

    public void setHomeDivisionDistrict(String homeDivisionDistrict) {
        this.homeDivisionDistrict = homeDivisionDistrict;
    }

    public String getHomeStreet() {
        return homeStreet;
    }

    public void setHomeStreet(String homeStreet) {
        this.homeStreet = homeStreet;
    }

    public String getHomeHouseNo() {
        return homeHouseNo;
    }

    public void setHomeHouseNo(String homeHouseNo) {
        this.homeHouseNo = homeHouseNo;
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

    public String getProof1Id() {
        return proof1Id;
    }

    public void setProof1Id(String proof1Id) {
        this.proof1Id = proof1Id;
    }

    public String getProof1Name() {
        return proof1Name;
    }

    public void setProof1Name(String proof1Name) {
        this.proof1Name = proof1Name;
    }

    public String getProof2Id() {
        return proof2Id;
    }

    public void setProof2Id(String proof2Id) {
        this.proof2Id = proof2Id;
    }

    public String getProof2Name() {
        return proof2Name;
    }

    public void setProof2Name(String proof2Name) {
        this.proof2Name = proof2Name;
    }
}
