package io.casehall.account;

import io.casehall.account.realname.RealNameRequest;
import io.casehall.account.realname.RealNameService;
import io.casehall.account.realname.RequestStatus;
import io.casehall.account.registry.GraduateRecord;
import io.casehall.account.registry.GraduateRegistryService;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds an {@link ApplicantProfile} from the approved real-name request and the graduate registry. */
@Service
public class ApplicantProfiles {

    private final AccountService accounts;
    private final RealNameService realNames;
    private final GraduateRegistryService registry;

    ApplicantProfiles(AccountService accounts, RealNameService realNames, GraduateRegistryService registry) {
        this.accounts = accounts;
        this.realNames = realNames;
        this.registry = registry;
    }

    /** The verified applicant's profile; refuses applicants whose real name is not verified. */
    @Transactional(readOnly = true)
    public ApplicantProfile of(Long applicantId) {
        accounts.requireVerified(applicantId);
        ApplicantAccount account = accounts.get(applicantId);
        Optional<RealNameRequest> request = realNames.latest(applicantId)
                .filter(r -> r.getStatus() == RequestStatus.APPROVED);
        Optional<GraduateRecord> record = Optional.ofNullable(account.getVerifiedStudentNo())
                .flatMap(registry::findByStudentNo)
                .filter(r -> r.getIdNumber().equals(account.getVerifiedIdNumber()))
                .or(() -> registry.findByIdNumber(account.getVerifiedIdNumber()));
        return new ApplicantProfile(applicantId, account.getFullName(),
                pick(request.map(RealNameRequest::getGender), record.map(GraduateRecord::getGender)),
                account.getVerifiedIdNumber(),
                pick(Optional.ofNullable(account.getVerifiedStudentNo()), record.map(GraduateRecord::getStudentNo)),
                pick(request.map(RealNameRequest::getEducationLevel), record.map(GraduateRecord::getEducationLevel)),
                request.map(RealNameRequest::getEnrolmentDate).or(() -> record.map(GraduateRecord::getEnrolmentDate)).orElse(null),
                request.map(RealNameRequest::getGraduationDate).or(() -> record.map(GraduateRecord::getGraduationDate)).orElse(null),
                pick(request.map(RealNameRequest::getDepartment), record.map(GraduateRecord::getDepartment)),
                pick(request.map(RealNameRequest::getMajor), record.map(GraduateRecord::getMajor)),
                request.map(RealNameRequest::getSchoolingLength).orElse(null),
                pick(request.map(RealNameRequest::getDegreeType), record.map(GraduateRecord::getDegreeType)),
                request.map(RealNameRequest::getStudyMode).orElse(null),
                request.map(RealNameRequest::getStudyCategory).orElse(null),
                record.isPresent(),
                record.map(GraduateRecord::getArchiveKept).orElse(false));
    }

    private static String pick(Optional<String> preferred, Optional<String> fallback) {
        return preferred.filter(s -> !s.isBlank()).or(() -> fallback).orElse(null);
    }
}
