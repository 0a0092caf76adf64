package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.workflow.EventSignature;

/**
 * The signing side of decision signatures (决定签名): a private key an office's actor decides
 * with, made by {@code io.github.ggw.standards.json.workflow.Sm2Signatures} in {@code
 * standards-json} from a password-protected key file. Give it to {@link Workflow#signingWith}.
 *
 * <p>Implementations must be thread-safe.
 */
public interface DecisionSigner {

  /**
   * The fingerprint of the key's public half (see {@link
   * io.github.ggw.standards.model.workflow.OfficeKey}).
   *
   * @return 16 lower-case hexadecimal digits
   */
  String keyId();

  /**
   * Signs a payload.
   *
   * @param payload the payload, not null
   * @return the signature, of algorithm {@value EventSignature#SM2_SM3} and this key's id
   */
  EventSignature sign(DecisionPayload payload);
}
