package io.casehall.account;

import io.casehall.shared.notification.Recipient;
import io.casehall.shared.web.NotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about applicants. */
@Service
public class AccountService {

    private final ApplicantAccountRepository accounts;
    private final ApplicationEventPublisher events;

    AccountService(ApplicantAccountRepository accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
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
        events.publishEvent(new RealNameVerifiedEvent(applicantId, idNumber));
    }

    /** The applicant who passed real-name verification with this ID number, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> applicantVerifiedWith(String idNumber) {
        return accounts.findByVerifiedIdNumber(idNumber).map(ApplicantAccount::getId);
    }

    /** The applicants verified with any of these ID numbers, by ID number (read in one query per 500 numbers). */
    @Transactional(readOnly = true)
    public Map<String, Long> applicantsVerifiedWith(Collection<String> idNumbers) {
        Map<String, Long> found = new HashMap<>();
        java.util.List<String> numbers = idNumbers.stream().distinct().toList();
        for (int from = 0; from < numbers.size(); from += 500) {
            accounts.findByVerifiedIdNumberIn(numbers.subList(from, Math.min(numbers.size(), from + 500)))
                    .forEach(account -> found.put(account.getVerifiedIdNumber(), account.getId()));
        }
        return found;
    }

    /** The registered mobiles of the given applicants, read in one query (for masked lists). */
    @Transactional(readOnly = true)
    public Map<Long, String> mobiles(Collection<Long> applicantIds) {
        Map<Long, String> mobiles = new HashMap<>();
        if (!applicantIds.isEmpty()) {
            accounts.findAllById(applicantIds).forEach(account -> {
                if (account.getMobile() != null) {
                    mobiles.put(account.getId(), account.getMobile());
                }
            });
        }
        return mobiles;
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
