package io.casehall.account;

import io.casehall.shared.notification.Recipient;
import io.casehall.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about applicants. */
@Service
public class AccountService {

    private final ApplicantAccountRepository accounts;

    AccountService(ApplicantAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public ApplicantAccount get(Long applicantId) {
        return accounts.findById(applicantId).orElseThrow(NotFoundException::new);
    }

    /** The full names of the given applicants, read in one query (for lists of cases). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> fullNames(java.util.Collection<Long> applicantIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        accounts.findAllById(applicantIds).forEach(account -> names.put(account.getId(), account.getFullName()));
        return names;
    }

    /** Where to notify the applicant: message centre, e-mail and mobile as registered. */
    @Transactional(readOnly = true)
    public Recipient recipientOf(Long applicantId) {
        ApplicantAccount account = get(applicantId);
        return new Recipient(account.getId(), account.getEmail(), account.getMobile(), null);
    }

    /** True when another account has already passed real-name verification with this number. */
    @Transactional(readOnly = true)
    public boolean isIdNumberVerifiedByAnother(String idNumber, Long applicantId) {
        return accounts.findByVerifiedIdNumber(idNumber).filter(other -> !other.getId().equals(applicantId)).isPresent();
    }

    @Transactional
    public void markRealNamePending(Long applicantId) {
        get(applicantId).realNamePending();
    }

    @Transactional
    public void markRealNameVerified(Long applicantId, String idNumber, String studentNo) {
        get(applicantId).realNameVerified(idNumber, studentNo);
    }

    @Transactional
    public void markRealNameRejected(Long applicantId) {
        get(applicantId).realNameRejected();
    }

    /** Refuses business applications until real-name verification has passed. */
    @Transactional(readOnly = true)
    public void requireVerified(Long applicantId) {
        RealNameStatus status = get(applicantId).getRealNameStatus();
        if (status != RealNameStatus.VERIFIED) {
            throw new RealNameRequiredException(status);
        }
    }
}
