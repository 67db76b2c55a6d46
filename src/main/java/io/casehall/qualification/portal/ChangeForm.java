package io.casehall.qualification.portal;

import io.casehall.qualification.GraduateFieldsForm;

/**
 * Step 2's 申请修改 form: every field the graduate may change, as typed. Places come as the three selects of the
 * shared cascade ({@code originPlace*}, {@code homeDivision*}); the home address in parts (division, street or road,
 * house number or village group). Proofs that were stored already travel as their document ids and names, so a form
 * that comes back keeps them.
 */
public class ChangeForm extends GraduateFieldsForm {

    private static final long serialVersionUID = 1L;

    private String homeDivisionProvince;
    private String homeDivisionCity;
    private String homeDivisionDistrict;
    private String homeStreet;
    private String homeHouseNo;
    private String proof1Id;
    private String proof1Name;
    private String proof2Id;
    private String proof2Name;

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
