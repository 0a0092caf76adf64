package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * The signature an office puts on a decision (决定签名): review, return, approval or rejection.
 * It signs the canonical JSON of the decision's payload (see docs/workflow.md, “Offices and signed
 * decisions”), which includes the signature of the previous signed event, so the decisions of a
 * file form a chain.
 *
 * @param alg the algorithm, {@value #SM2_SM3} (SM2 with SM3, GB/T 32918 and GB/T 32905)
 * @param keyId the signing key's fingerprint (see {@link OfficeKey}), 16 lower-case hexadecimal
 *     digits
 * @param signature the signature (DER of the SM2 pair r, s) in base64, 1 to 200 characters
 */
public record EventSignature(
    @NotNull String alg,
    @NotNull @Pattern(regexp = "[0-9a-f]{16}") String keyId,
    @NotNull @Pattern(regexp = "[A-Za-z0-9+/]{1,200}={0,2}") String signature) {
  /** The one algorithm: SM2 with SM3. */
  public static final String SM2_SM3 = "SM2-SM3";

  private static final java.util.regex.Pattern KEY_ID =
      java.util.regex.Pattern.compile("[0-9a-f]{16}");
  private static final java.util.regex.Pattern BASE64 =
      java.util.regex.Pattern.compile("[A-Za-z0-9+/]{1,200}={0,2}");

  /**
   * Checks the components.
   *
   * @throws StandardsException if the algorithm is not {@value #SM2_SM3}, the key id is not 16
   *     lower-case hexadecimal digits or the signature is not base64 of at most 200 characters
   * @throws NullPointerException if a component is null
   *
   * @param alg the {@code alg} component, as described on the record
   * @param keyId the {@code keyId} component, as described on the record
   * @param signature the {@code signature} component, as described on the record
   */
  public EventSignature {
    Objects.requireNonNull(alg, "alg");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signature, "signature");
    if (!SM2_SM3.equals(alg)) {
      throw new StandardsException("the signature algorithm is SM2-SM3: " + alg, alg);
    }
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new StandardsException("a key id is 16 lower-case hexadecimal digits: " + keyId,
          keyId);
    }
    if (!BASE64.matcher(signature).matches()) {
      throw new StandardsException("a signature is base64 of at most 200 characters", alg);
    }
  }
}
