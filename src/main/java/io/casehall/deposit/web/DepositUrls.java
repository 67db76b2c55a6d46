package io.casehall.deposit.web;

import io.casehall.deposit.ApplicantGroup;
import io.casehall.deposit.ArchiveKeeper;
import io.casehall.deposit.DepositServiceType;
import org.springframework.web.util.UriComponentsBuilder;

/** The addresses of the applicant's deposit pages, in one place for controllers and redirects. */
final class DepositUrls {

    static final String APPLICATIONS = "/apply/deposit/applications";

    private DepositUrls() {
    }

    /** The eligibility questions of a service (the guide's 在线办理入口 leads here). */
    static String questions(DepositServiceType service) {
        return "/apply/deposit/" + service.code();
    }

    /** The questions again with these answers chosen (unknown answers are left out), to change them. */
    static String questions(DepositServiceType service, String applicantGroup, String archiveKeeper) {
        return withAnswers(UriComponentsBuilder.fromPath("/apply/deposit/{code}"), service,
                ApplicantGroup.fromCode(String.valueOf(applicantGroup)).map(ApplicantGroup::code).orElse(null),
                ArchiveKeeper.fromCode(String.valueOf(archiveKeeper)).map(ArchiveKeeper::code).orElse(null));
    }

    /** The new form of a service, for these answers to the eligibility questions (either may be null). */
    static String form(DepositServiceType service, String applicantGroup, String archiveKeeper) {
        return withAnswers(UriComponentsBuilder.fromPath("/apply/deposit/{code}/form"), service, applicantGroup,
                archiveKeeper);
    }

    private static String withAnswers(UriComponentsBuilder url, DepositServiceType service, String applicantGroup,
                                      String archiveKeeper) {
        if (applicantGroup != null) {
            url.queryParam("applicantGroup", applicantGroup);
        }
        if (archiveKeeper != null) {
            url.queryParam("archiveKeeper", archiveKeeper);
        }
        return url.buildAndExpand(service.code()).encode().toUriString();
    }

    static String application(Long id) {
        return APPLICATIONS + "/" + id;
    }

    static String modify(Long id) {
        return application(id) + "/modify";
    }

    static String cancel(Long id) {
        return application(id) + "/cancel";
    }

    /** The public service guide (built by the guide pages). */
    static String guide(DepositServiceType service) {
        return "/deposit/guide/" + service.code();
    }
}
