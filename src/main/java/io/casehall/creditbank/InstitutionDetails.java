package io.casehall.creditbank;

/** An institution's details as the seed's 机构信息 lists them (step 3 of the registration, or edited later). */
public record InstitutionDetails(String supervisingUnit, String creditCode, String schoolType,
                                 String legalRepresentative, String contactName, String contactPhone,
                                 String contactEmail, String postalCode, String address, String businessScope,
                                 String introduction) {
}
