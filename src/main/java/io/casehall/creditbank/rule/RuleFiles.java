package io.casehall.creditbank.rule;

import io.casehall.shared.document.CaseDocumentAccess;
import io.casehall.shared.security.Actor;
import org.springframework.stereotype.Component;

/**
 * A rule's stamped PDF is the institution's file (attached to the institution's case key); once the rule is published anyone may
 * read it (the portal, other institutions). {@link ConversionRules} checks the rule is published and the document is
 * its own, then reads as {@link #PUBLISHED_RULE_READER}, the only actor this access lets through.
 */
@Component
class RuleFiles implements CaseDocumentAccess {

    private static final String INSTITUTION_PREFIX = "institution-";
    static final Actor PUBLISHED_RULE_READER = Actor.of(Actor.Kind.SYSTEM, "creditbank-published-rule");

    @Override
    public boolean mayRead(Actor actor, String caseKey) {
        return PUBLISHED_RULE_READER.equals(actor) && caseKey != null
                && caseKey.startsWith(INSTITUTION_PREFIX);
    }
}
