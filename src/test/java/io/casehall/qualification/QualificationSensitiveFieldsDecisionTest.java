package io.casehall.qualification;

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

/** {@code dmn/qualification-sensitive-fields.dmn} as deployed: the seed's sensitive fields and the others. */
class QualificationSensitiveFieldsDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision table;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = QualificationSensitiveFieldsDecisionTest.class
                .getResourceAsStream("/dmn/qualification-sensitive-fields.dmn")) {
            table = engine.parseDecision(QualificationReviewProcess.DECISION_SENSITIVE_FIELDS, in);
        }
    }

    @ParameterizedTest(name = "{0} -> sensitive={1}, proof={2}")
    @CsvSource({
            // the seed's list: proof (household register or police certificate) and the college's approval
            "name,            true,  either",
            "gender,          true,  either",
            "birthDate,       true,  either",
            "ethnicity,       true,  either",
            "politicalStatus, true,  either",
            "originPlace,     true,  either",
            // changed at once, without proof or review
            "phone,           false, none",
            "homeAddress,     false, none",
            "homePhone,       false, none",
            "email,           false, none"})
    void seedFields(String field, boolean sensitive, String proof) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(table, Map.of("field", field)).getSingleResult();
        assertThat(result.<Boolean>getEntry("sensitive")).isEqualTo(sensitive);
        assertThat(result.<String>getEntry("proof")).isEqualTo(proof);
    }
}
