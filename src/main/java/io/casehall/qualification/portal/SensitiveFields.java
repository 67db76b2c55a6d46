package io.casehall.qualification.portal;

import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationReviewProcess;
import java.util.Locale;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the deployed sensitive-fields table (latest version, by key) about a field, so that an administrator's
 * redeployed table decides the next change without any Java. A field the table does not answer for is treated as
 * sensitive: the college sees a change rather than it slipping through.
 */
@Component
public class SensitiveFields {

    private final DecisionService decisions;

    SensitiveFields(DecisionService decisions) {
        this.decisions = decisions;
    }

    public FieldRule rule(QualificationField field) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(QualificationReviewProcess.DECISION_SENSITIVE_FIELDS)
                .variables(Variables.createVariables().putValue("field", tableName(field)))
                .evaluate();
        if (result.isEmpty()) {
            return new FieldRule(field, true, ProofRule.EITHER);
        }
        var first = result.get(0);
        boolean sensitive = !Boolean.FALSE.equals(first.getEntry("sensitive"));
        return new FieldRule(field, sensitive, sensitive ? ProofRule.parse(first.getEntry("proof")) : ProofRule.NONE);
    }

    /** The field as the table names it: BIRTH_DATE → birthDate. */
    static String tableName(QualificationField field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
