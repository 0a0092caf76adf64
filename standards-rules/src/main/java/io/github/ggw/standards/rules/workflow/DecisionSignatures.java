package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.EventSignature;
import io.github.ggw.standards.model.workflow.OfficeKey;

/**
 * The verifying side of decision signatures (签名核验): in this library SM2 with SM3 over the
 * canonical JSON of a {@link DecisionPayload}, made by {@code
 * io.github.ggw.standards.json.workflow.Sm2Signatures} in {@code standards-json}. The rules know
 * nothing of JSON or cryptography; they hand the payload and the registry's key to this port, as
 * they hand assessments to {@link AssessmentDigester}.
 *
 * <p>Implementations must be pure and thread-safe, and must never take a key from anywhere but
 * the {@link OfficeKey} given (which comes from the unit registry).
 */
public interface DecisionSignatures {

  /**
   * The digest of a standard's canonical form, signed as part of every decision.
   *
   * @param standard the standard, not null
   * @return its digest
   */
  Digest digest(Standard standard);

  /**
   * Whether a signature is a valid signature of a payload by a key.
   *
   * @param key the key as the registry holds it, not null
   * @param payload the payload rebuilt from the file, not null
   * @param signature the recorded signature, not null
   * @return true when it verifies; false for any other signature, key or undecodable value
   */
  boolean verify(OfficeKey key, DecisionPayload payload, EventSignature signature);
}
