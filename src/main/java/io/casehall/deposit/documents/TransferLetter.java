package io.casehall.deposit.documents;

import java.time.LocalDate;

/**
 * What the transfer letter (人事档案转递函) of an approved transfer-out application says: whose archive
 * goes to which receiving agency and why. {@code caseKey} and {@code applicantId} as in {@link TransferNotice}.
 */
public record TransferLetter(String applicationNumber, String caseKey, long applicantId, String archiveNumber,
                             String applicantName, String idNumber, String receivingAgency, String reason,
                             LocalDate issuedOn) {

    public TransferLetter {
        applicationNumber = Inputs.required(applicationNumber, "applicationNumber");
        caseKey = Inputs.required(caseKey, "caseKey");
        archiveNumber = Inputs.required(archiveNumber, "archiveNumber");
        applicantName = Inputs.required(applicantName, "applicantName");
        idNumber = Inputs.required(idNumber, "idNumber");
        receivingAgency = Inputs.required(receivingAgency, "receivingAgency");
        reason = Inputs.required(reason, "reason");
        Inputs.required(issuedOn, "issuedOn");
    }
}
