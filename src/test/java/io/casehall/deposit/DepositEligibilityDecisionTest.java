package io.casehall.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code dmn/deposit-eligibility.dmn} as deployed: every served and refused group of the seed, per service. */
class DepositEligibilityDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision table;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = DepositEligibilityDecisionTest.class.getResourceAsStream("/dmn/deposit-eligibility.dmn")) {
            table = engine.parseDecision(ArchiveDepositProcess.DECISION_ELIGIBILITY, in);
        }
    }

    private static DmnDecisionRuleResult evaluate(String service, String group, String keeper, boolean deposited) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("service", service);
        inputs.put("applicantGroup", group);
        inputs.put("archiveKeeper", keeper);
        inputs.put("archiveDeposited", deposited);
        return engine.evaluateDecisionTable(table, inputs).getFirstResult();
    }

    @ParameterizedTest(name = "{0} {1} {2} deposited={3} -> {4} {5}")
    @CsvSource({
            // the three groups the seed serves, archive with a public agency
            "goingAbroad, graduateDirect,           publicAgency, false, true,  deposit.eligibility.ok",
            "goingAbroad, withdrawnStudent,         publicAgency, false, true,  deposit.eligibility.ok",
            "goingAbroad, highSchoolGraduate,       publicAgency, false, true,  deposit.eligibility.ok",
            "returning,   graduateDirect,           publicAgency, false, true,  deposit.eligibility.ok",
            "returning,   finishedAbroad,           publicAgency, false, true,  deposit.eligibility.ok",
            // the groups the seed refuses
            "goingAbroad, governmentSponsored,      publicAgency, false, false, deposit.eligibility.governmentSponsored",
            "returning,   governmentSponsored,      publicAgency, false, false, deposit.eligibility.governmentSponsored",
            "goingAbroad, postdocOrVisitingScholar, publicAgency, false, false, deposit.eligibility.postdocOrVisitingScholar",
            "returning,   postdocOrVisitingScholar, publicAgency, false, false, deposit.eligibility.postdocOrVisitingScholar",
            "goingAbroad, finishedAbroad,           publicAgency, false, false, deposit.eligibility.finishedAbroad",
            // an archive kept by the person is never accepted
            "goingAbroad, graduateDirect,           self,         false, false, deposit.eligibility.keptBySelf",
            "returning,   highSchoolGraduate,       self,         false, false, deposit.eligibility.keptBySelf",
            // a deposited archive cannot be deposited again
            "goingAbroad, graduateDirect,           publicAgency, true,  false, deposit.eligibility.alreadyDeposited",
            "returning,   finishedAbroad,           publicAgency, true,  false, deposit.eligibility.alreadyDeposited"})
    void depositServices(String service, String group, String keeper, boolean deposited, boolean eligible, String reason) {
        DmnDecisionRuleResult result = evaluate(service, group, keeper, deposited);
        assertThat((Boolean) result.getEntry("eligible")).isEqualTo(eligible);
        assertThat((String) result.getEntry("reasonKey")).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} deposited={1} -> {2}")
    @CsvSource({
            "transferOut, true,  true,  deposit.eligibility.ok",
            "certificate, true,  true,  deposit.eligibility.ok",
            "transferOut, false, false, deposit.eligibility.notDeposited",
            "certificate, false, false, deposit.eligibility.notDeposited"})
    void transferOutAndCertificatesNeedADepositedArchive(String service, boolean deposited, boolean eligible, String reason) {
        DmnDecisionRuleResult result = evaluate(service, null, null, deposited);
        assertThat((Boolean) result.getEntry("eligible")).isEqualTo(eligible);
        assertThat((String) result.getEntry("reasonKey")).isEqualTo(reason);
    }

    @Test
    void everyServiceAndGroupGetsAnAnswer() {
        for (DepositServiceType service : DepositServiceType.values()) {
            for (ApplicantGroup group : ApplicantGroup.values()) {
                for (ArchiveKeeper keeper : ArchiveKeeper.values()) {
                    assertThat((Object) evaluate(service.code(), group.code(), keeper.code(), false).getEntry("reasonKey"))
                            .as(service + " " + group + " " + keeper).isNotNull();
                }
            }
        }
        assertThat((String) evaluate("goingAbroad", null, null, false).getEntry("reasonKey"))
                .as("unanswered questions are not served").isEqualTo("deposit.eligibility.notServed");
    }
}
