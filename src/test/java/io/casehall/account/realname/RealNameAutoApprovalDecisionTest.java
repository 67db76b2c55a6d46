package io.casehall.account.realname;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule table {@code dmn/real-name-auto-approval.dmn}, evaluated with the plain DMN engine. */
class RealNameAutoApprovalDecisionTest {

    private static final String RESOURCE = "dmn/real-name-auto-approval.dmn";

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = RealNameAutoApprovalDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as("%s on the test classpath", RESOURCE).isNotNull();
            decision = dmnEngine.parseDecision(RealNameVerificationProcess.DECISION_AUTO_APPROVAL, in);
        }
    }

    @Test
    void isTheDecisionTheProcessCalls() {
        assertThat(decision.getKey()).isEqualTo(RealNameVerificationProcess.DECISION_AUTO_APPROVAL);
        assertThat(decision.getName()).isEqualTo("实名认证自动通过规则");
        assertThat(decision.isDecisionTable()).isTrue();
    }

    @Test
    void registryMatchOnAllThreeApprovesAutomaticallyWithoutHint() {
        DmnDecisionResultEntries result = evaluate(true, true, true);

        assertThat((Boolean) result.getEntry(RealNameVerificationProcess.VAR_AUTO_APPROVE)).isTrue();
        assertThat((String) result.getEntry(RealNameVerificationProcess.VAR_REVIEW_HINT)).isEmpty();
    }

    @Test
    void unknownDocumentNumberGoesToReviewWhateverElseMatches() {
        for (Boolean name : new Boolean[] {true, false, null}) {
            for (Boolean studentNo : new Boolean[] {true, false, null}) {
                assertReview(evaluate(false, name, studentNo), "毕业生库中无此证件号码，请核对证件照片与填写的信息");
            }
        }
    }

    @Test
    void differentNameGoesToReview() {
        assertReview(evaluate(true, false, true), "姓名与毕业生库不一致，请核对证件照片");
    }

    @Test
    void differentStudentNumberGoesToReview() {
        assertReview(evaluate(true, true, false), "学号与毕业生库不一致，请核对学籍信息");
    }

    @Test
    void differentNameAndStudentNumberGoesToReviewWithBothNamed() {
        assertReview(evaluate(true, false, false), "姓名和学号均与毕业生库不一致，请核对证件照片");
    }

    @Test
    void incompleteMatchResultFallsBackToReview() {
        assertReview(evaluate(null, null, null), "未能与毕业生库完成比对，请人工核对全部信息");
        assertReview(evaluate(true, null, true), "未能与毕业生库完成比对，请人工核对全部信息");
        assertReview(evaluate(true, true, null), "未能与毕业生库完成比对，请人工核对全部信息");
    }

    /** Every combination of the three inputs (including "unknown") has exactly one outcome. */
    @ParameterizedTest(name = "found={0}, name={1}, studentNo={2}")
    @MethodSource("allCombinations")
    void everyCombinationIsDecidedAndOnlyAFullMatchIsAutoApproved(Boolean found, Boolean name, Boolean studentNo) {
        DmnDecisionResultEntries result = evaluate(found, name, studentNo);

        boolean fullMatch = Boolean.TRUE.equals(found) && Boolean.TRUE.equals(name) && Boolean.TRUE.equals(studentNo);
        assertThat((Boolean) result.getEntry(RealNameVerificationProcess.VAR_AUTO_APPROVE)).isEqualTo(fullMatch);
        String hint = result.getEntry(RealNameVerificationProcess.VAR_REVIEW_HINT);
        if (fullMatch) {
            assertThat(hint).isEmpty();
        } else {
            assertThat(hint).as("a reviewer must be told why").isNotBlank();
        }
    }

    static Stream<Arguments> allCombinations() {
        List<Boolean> values = Arrays.asList(true, false, null);
        List<Arguments> combinations = new ArrayList<>();
        for (Boolean found : values) {
            for (Boolean name : values) {
                for (Boolean studentNo : values) {
                    combinations.add(Arguments.of(found, name, studentNo));
                }
            }
        }
        return combinations.stream();
    }

    private static void assertReview(DmnDecisionResultEntries result, String expectedHint) {
        assertThat((Boolean) result.getEntry(RealNameVerificationProcess.VAR_AUTO_APPROVE)).isFalse();
        assertThat((String) result.getEntry(RealNameVerificationProcess.VAR_REVIEW_HINT)).isEqualTo(expectedHint);
    }

    private static DmnDecisionResultEntries evaluate(Boolean found, Boolean nameMatches, Boolean studentNoMatches) {
        VariableMap variables = Variables.createVariables()
                .putValue(RealNameVerificationProcess.VAR_REGISTRY_RECORD_FOUND, found)
                .putValue(RealNameVerificationProcess.VAR_NAME_MATCHES, nameMatches)
                .putValue(RealNameVerificationProcess.VAR_STUDENT_NO_MATCHES, studentNoMatches);
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, variables);
        // Hit policy FIRST: one result, never more.
        assertThat(result).hasSize(1);
        return result.getSingleResult();
    }
}
