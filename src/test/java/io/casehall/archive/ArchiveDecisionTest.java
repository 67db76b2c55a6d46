package io.casehall.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The archive's rule tables as deployed: service variants and the fee schedule. */
class ArchiveDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision variant;
    private static DmnDecision fee;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream a = ArchiveDecisionTest.class.getResourceAsStream("/dmn/archive-service-variant.dmn");
             InputStream b = ArchiveDecisionTest.class.getResourceAsStream("/dmn/archive-fee.dmn")) {
            variant = engine.parseDecision(ArchiveUseProcess.DECISION_VARIANT, a);
            fee = engine.parseDecision(ArchiveUseProcess.DECISION_FEE, b);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "overseasTranslation, true,  true,  true,  OWN_GRADUATE",
            "academicRecord,      false, false, false, OWN_GRADUATE",
            "custodyQuery,        false, false, false, ARCHIVE_KEPT_BY_UNIVERSITY"})
    void eachServiceHasItsVariant(String service, boolean fee, boolean proofreading, boolean email, String eligibility) {
        var result = engine.evaluateDecisionTable(variant, Map.of("service", service)).getSingleResult();
        assertThat((Boolean) result.getEntry("feeRequired")).isEqualTo(fee);
        assertThat((Boolean) result.getEntry("proofreadingRequired")).isEqualTo(proofreading);
        assertThat((Boolean) result.getEntry("emailAllowed")).isEqualTo(email);
        assertThat((String) result.getEntry("eligibility")).isEqualTo(eligibility);
        assertThat(((Number) result.getEntry("processingWorkingDays")).intValue()).isEqualTo(5);
    }

    @Test
    void everyServiceTypeIsInTheTable() {
        for (ArchiveServiceType service : ArchiveServiceType.values()) {
            assertThat(engine.evaluateDecisionTable(variant, Map.of("service", service.code()))).hasSize(1);
            ServiceVariant.Eligibility.valueOf(engine.evaluateDecisionTable(variant, Map.of("service", service.code()))
                    .getSingleResult().getEntry("eligibility"));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "TRANSCRIPT_TRANSLATION, PICKUP,     1, 50",
            "TRANSCRIPT_TRANSLATION, POST,       3, 150",
            "TRANSCRIPT_TRANSLATION, ELECTRONIC, 3, 50",
            "DIPLOMA_TRANSLATION,    PICKUP,     2, 60",
            "DEGREE_TRANSLATION,     ELECTRONIC, 2, 30"})
    void feeIsItemTimesCopiesByDeliveryMode(String item, String delivery, int copies, double amount) {
        DmnDecisionResult result = engine.evaluateDecision(fee,
                Map.of("item", item, "deliveryMode", delivery, "copies", copies));
        assertThat(((Number) result.getSingleResult().getSingleEntry()).doubleValue()).isEqualTo(amount);
    }

    @Test
    void itemsWithoutAFeeRowCostNothing() {
        DmnDecisionResult result = engine.evaluateDecision(fee,
                Map.of("item", "TRANSCRIPT_COPY", "deliveryMode", "PICKUP", "copies", 2));
        Object amount = result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
        assertThat(amount).isNull();
    }
}
