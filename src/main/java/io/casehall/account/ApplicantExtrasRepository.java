package io.casehall.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantExtrasRepository extends JpaRepository<ApplicantExtras, Long> {
}
