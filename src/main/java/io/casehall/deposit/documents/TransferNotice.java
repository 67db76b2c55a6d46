package io.casehall.deposit.documents;

import io.casehall.deposit.DepositServiceType;
import java.time.LocalDate;

/**
 * What the transfer notice (调档通知单) of an approved deposit application says. {@code caseKey} is the case's
 * process business key (staff working the case may read the PDF), {@code applicantId} the account that owns
 * it; {@code gender} as on the verified account (男/女), {@code holdingAgency} the full name of the agency
 * now holding the archive, to which the notice is addressed.
 */
public record TransferNotice(String applicationNumber, String caseKey, long applicantId, String applicantName,
                             String gender, String idNumber, LocalDate birthDate, DepositServiceType service,
                             String holdingAgency, LocalDate issuedOn) {

    public TransferNotice {
        applicationNumber = Inputs.required(applicationNumber, "applicationNumber");
        caseKey = Inputs.required(caseKey, "caseKey");
        applicantName = Inputs.required(applicantName, "applicantName");
        gender = Inputs.required(gender, "gender");
        idNumber = Inputs.required(idNumber, "idNumber");
        Inputs.required(birthDate, "birthDate");
        Inputs.required(service, "service");
        if (!service.isDeposit()) {
            throw new IllegalArgumentException("A transfer notice is issued for a deposit, not for " + service);
        }
        holdingAgency = Inputs.required(holdingAgency, "holdingAgency");
        Inputs.required(issuedOn, "issuedOn");
    }
}
