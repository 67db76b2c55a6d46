package io.casehall.deposit.documents;

import java.time.LocalDate;

/**
 * What the deposit certificate (存档证明) of an approved certificate application says: whose archive has
 * been kept here since when, under which number, and what the certificate is for ({@code purpose}, e.g.
 * 办理落户手续). {@code caseKey} and {@code applicantId} as in {@link TransferNotice}.
 */
public record DepositCertificate(String applicationNumber, String caseKey, long applicantId, String archiveNumber,
                                 String applicantName, String idNumber, LocalDate depositedOn, String purpose,
                                 LocalDate issuedOn) {

    public DepositCertificate {
        applicationNumber = Inputs.required(applicationNumber, "applicationNumber");
        caseKey = Inputs.required(caseKey, "caseKey");
        archiveNumber = Inputs.required(archiveNumber, "archiveNumber");
        applicantName = Inputs.required(applicantName, "applicantName");
        idNumber = Inputs.required(idNumber, "idNumber");
        Inputs.required(depositedOn, "depositedOn");
        purpose = Inputs.required(purpose, "purpose");
        Inputs.required(issuedOn, "issuedOn");
    }
}
