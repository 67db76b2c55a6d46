package io.casehall.archive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveApplicationRepository extends JpaRepository<ArchiveApplication, Long> {

    List<ArchiveApplication> findByApplicantIdOrderBySubmittedAtDesc(Long applicantId);

    Optional<ArchiveApplication> findBySubmissionKey(String submissionKey);

    Optional<ArchiveApplication> findByNumber(String number);
}
