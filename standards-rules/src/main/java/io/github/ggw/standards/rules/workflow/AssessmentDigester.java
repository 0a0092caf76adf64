package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.workflow.Digest;

/**
 * Computes the digest of a self-assessment (材料摘要): in this library, the SHA-256 of its
 * canonical JSON form, made by {@code io.github.ggw.standards.json.workflow.CanonicalJson} in {@code
 * standards-json}. The rules know nothing of JSON; they receive the digest as a value through
 * this interface.
 *
 * <p>Implementations must be pure and thread-safe: equal assessments give equal digests, and any
 * change to evidence or claims gives another digest.
 */
@FunctionalInterface
public interface AssessmentDigester {

  /**
   * The digest of an assessment.
   *
   * @param assessment the assessment, not null
   * @return its digest
   */
  Digest digest(SelfAssessment assessment);
}
