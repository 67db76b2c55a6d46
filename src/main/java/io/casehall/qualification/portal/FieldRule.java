package io.casehall.qualification.portal;

import io.casehall.qualification.QualificationField;

/** What the sensitive-fields table says about one field: whether a change needs the college, and which proofs. */
public record FieldRule(QualificationField field, boolean sensitive, ProofRule proof) {
}
