package io.casehall.creditbank.conversion;

import static io.casehall.creditbank.conversion.CreditConversionProcess.*;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Who may apply for a conversion is the DMN {@code conversionEligibility} (an administrator changes it in the Modeler
 * and redeploys); Java only gathers the facts. A batch asks {@link #forBatch()}, which evaluates the table once per
 * distinct combination of facts: thousands of learners share a handful of them.
 */
@Component
public class ConversionEligibility {

    /** What the table is asked about one learner. */
    public record Facts(boolean rulePublished, boolean holdsAllSources, boolean alreadyConverted,
                        boolean alreadyPending) {
    }

    /** The table's answer; {@code refusal} names the message creditbank.conversion.refused.&lt;refusal&gt;. */
    public record Verdict(boolean eligible, String refusal) {

        public String refusalKey() {
            return "creditbank.conversion.refused." + refusal;
        }
    }

    private final DecisionService decisions;

    ConversionEligibility(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Verdict evaluate(Facts facts) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_ELIGIBILITY)
                .variables(Variables.createVariables()
                        .putValue(IN_RULE_PUBLISHED, facts.rulePublished())
                        .putValue(IN_HOLDS_ALL_SOURCES, facts.holdsAllSources())
                        .putValue(IN_ALREADY_CONVERTED, facts.alreadyConverted())
                        .putValue(IN_ALREADY_PENDING, facts.alreadyPending()))
                .evaluate().getSingleResult();
        // get, not getEntry: an output the matched row leaves empty is absent, and getEntry fails on it.
        boolean eligible = Boolean.TRUE.equals(result.get(OUT_ELIGIBLE));
        Object refusal = result.get(OUT_REFUSAL);
        return new Verdict(eligible, eligible ? null : String.valueOf(refusal));
    }

    /** The same answers as {@link #evaluate}, remembered for the duration of one batch. */
    public Function<Facts, Verdict> forBatch() {
        Map<Facts, Verdict> seen = new HashMap<>();
        return facts -> seen.computeIfAbsent(facts, this::evaluate);
    }
}
