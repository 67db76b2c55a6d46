package io.casehall.account;

import io.casehall.account.realname.RealNameRequest;
import io.casehall.account.realname.RealNameService;
import io.casehall.account.realname.RequestStatus;
import io.casehall.account.registry.GraduateRecord;
import io.casehall.account.registry.GraduateRegistryService;
import java.util.List;
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

    /**
     * The applicant's records in the graduate registry, found by the verified ID number (never by anything the
     * applicant types), latest graduation first; empty when not verified or not in the registry.
     */
    @Transactional(readOnly = true)
    public List<RegistryStudy> registryStudies(Long applicantId) {
        String idNumber = accounts.get(applicantId).getVerifiedIdNumber();
        if (idNumber == null) {
            return List.of();
        }
        return registry.findAllByIdNumber(idNumber).stream()
                .map(record -> new RegistryStudy(record.getStudentNo(), record.getEducationLevel()))
                .toList();
    }

    /** Compares a student number the applicant gave with the registry and their verified ID number. */
    @Transactional(readOnly = true)
    public StudentNoMatch matchStudentNo(Long applicantId, String studentNo) {
        String idNumber = accounts.get(applicantId).getVerifiedIdNumber();
        return registry.findByStudentNo(studentNo)
                .map(record -> idNumber != null && record.getIdNumber().equals(idNumber)
                        ? StudentNoMatch.OWN : StudentNoMatch.ANOTHER_PERSON)
                .orElse(StudentNoMatch.NOT_IN_REGISTRY);
    }

    /** A student number as the registry spells them (upper case, no blanks), for storing and comparing. */
    public static String normalizeStudentNo(String studentNo) {
        return GraduateRegistryService.normalizeStudentNo(studentNo);
    }

    private static String pick(Optional<String> preferred, Optional<String> fallback) {
        return preferred.filter(s -> !s.isBlank()).or(() -> fallback).orElse(null);
    }
}
