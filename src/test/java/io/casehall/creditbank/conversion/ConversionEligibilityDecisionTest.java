package io.casehall.creditbank.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code dmn/conversion-eligibility.dmn} as deployed: who may apply for a conversion under a rule, and why not. */
class ConversionEligibilityDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision table;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ConversionEligibilityDecisionTest.class
                .getResourceAsStream("/dmn/conversion-eligibility.dmn")) {
            table = engine.parseDecision(CreditConversionProcess.DECISION_ELIGIBILITY, in);
        }
    }

    @ParameterizedTest(name = "published={0} holds={1} converted={2} pending={3} -> {4} {5}")
    @CsvSource({
            "true,  true,  false, false, true,  ",
            // a withdrawn or unpublished rule takes no new application, whatever else holds
            "false, true,  false, false, false, ruleNotPublished",
            "false, false, true,  true,  false, ruleNotPublished",
            // every source achievement is needed
            "true,  false, false, false, false, sourceMissing",
            "true,  false, true,  false, false, sourceMissing",
            // converted once is enough; one pending application at a time
            "true,  true,  true,  false, false, alreadyConverted",
            "true,  true,  true,  true,  false, alreadyConverted",
            "true,  true,  false, true,  false, alreadyPending"})
    void decides(boolean published, boolean holds, boolean converted, boolean pending, boolean eligible,
                 String refusal) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(table, Map.of(
                CreditConversionProcess.IN_RULE_PUBLISHED, published,
                CreditConversionProcess.IN_HOLDS_ALL_SOURCES, holds,
                CreditConversionProcess.IN_ALREADY_CONVERTED, converted,
                CreditConversionProcess.IN_ALREADY_PENDING, pending)).getSingleResult();
        assertThat(result.getEntryMap().get(CreditConversionProcess.OUT_ELIGIBLE)).isEqualTo(eligible);
        assertThat(result.getEntryMap().get(CreditConversionProcess.OUT_REFUSAL)).isEqualTo(refusal);
    }
}
