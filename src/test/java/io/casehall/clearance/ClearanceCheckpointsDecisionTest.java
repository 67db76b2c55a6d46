package io.casehall.clearance;

import static io.casehall.clearance.GraduationClearanceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code dmn/clearance-checkpoints.dmn}: which checkpoints apply to which student. */
class ClearanceCheckpointsDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ClearanceCheckpointsDecisionTest.class.getResourceAsStream("/dmn/clearance-checkpoints.dmn")) {
            decision = engine.parseDecision(DECISION_CHECKPOINTS, in);
        }
    }

    private static List<String> checkpoints(String level, String category, boolean dormitory, boolean migration) {
        return engine.evaluateDecisionTable(decision, Variables.createVariables().putValue(VAR_LEVEL, level)
                .putValue(VAR_CATEGORY, category).putValue(VAR_DORMITORY, dormitory)
                .putValue(VAR_HOUSEHOLD_MIGRATION, migration)).collectEntries("checkpoint");
    }

    @Test
    void everyStudentPassesTheDepartmentLibraryHospitalAndFinance() {
        assertThat(checkpoints("本科", "本科生", false, false)).containsExactlyInAnyOrder(TASK_DEPARTMENT_AFFAIRS,
                TASK_DEPARTMENT_SECRETARY, TASK_LIBRARY, TASK_HOSPITAL, TASK_FINANCE);
    }

    @Test
    void graduateStudentsAlsoPassSupervisorLaboratoriesAndFees() {
        assertThat(checkpoints("硕士", "学历硕士", false, false)).containsExactlyInAnyOrder(TASK_DEPARTMENT_AFFAIRS,
                TASK_DEPARTMENT_SECRETARY, TASK_SUPERVISOR, TASK_LABORATORY, TASK_LIBRARY, TASK_STATE_KEY_LABORATORY,
                TASK_HOSPITAL, TASK_GRADUATE_FEES, TASK_FINANCE);
        assertThat(checkpoints("博士", "学历博士", false, false)).contains(TASK_SUPERVISOR, TASK_GRADUATE_FEES);
    }

    @Test
    void inServiceGraduatesSkipTheStateKeyLaboratory() {
        assertThat(checkpoints("硕士", "单证研究生", false, false)).contains(TASK_SUPERVISOR)
                .doesNotContain(TASK_STATE_KEY_LABORATORY);
        assertThat(checkpoints("硕士", "", false, false)).contains(TASK_STATE_KEY_LABORATORY);
    }

    @Test
    void dormitoryAndHouseholdMigrationAddTheirCheckpoints() {
        assertThat(checkpoints("本科", "本科生", true, false)).contains(TASK_DORMITORY_CHECKOUT)
                .doesNotContain(TASK_HOUSEHOLD_MIGRATION);
        assertThat(checkpoints("本科", "本科生", false, true)).contains(TASK_HOUSEHOLD_MIGRATION)
                .doesNotContain(TASK_DORMITORY_CHECKOUT);
        assertThat(checkpoints("博士", "学历博士", true, true)).hasSize(11);
    }
}
