package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key an office signs its decisions with (机构公钥), as the unit registry records it. A
 * case file never supplies keys: its signatures are verified against these.
 *
 * <p>The key is an SM2 public key (GB/T 32918) as X.509 SubjectPublicKeyInfo DER, in base64; its
 * {@code keyId} is the first 16 hexadecimal digits (lower case) of SM3 (GB/T 32905) over that DER.
 * It is valid for events at or after {@code validFrom} and, when revoked, before {@code
 * revokedOn}. Whether the id matches the key is checked where keys are decoded (the signature
 * scheme), not here.
 *
 * @param keyId the key's fingerprint, 16 lower-case hexadecimal digits
 * @param publicKey the SubjectPublicKeyInfo DER in base64 (RFC 4648, with padding), 1 to 1,000
 *     characters
 * @param validFrom the first instant the key may sign at, not null
 * @param revokedOn the instant from which the key may no longer sign; empty while not revoked,
 *     otherwise after {@code validFrom}
 */
public record OfficeKey(
    @NotNull @Pattern(regexp = "[0-9a-f]{16}") String keyId,
    @NotNull @Size(min = 1, max = 1000) @Pattern(regexp = "[A-Za-z0-9+/]+={0,2}") String publicKey,
    @NotNull Instant validFrom,
    Optional<Instant> revokedOn) {
  private static final java.util.regex.Pattern KEY_ID =
      java.util.regex.Pattern.compile("[0-9a-f]{16}");
  private static final java.util.regex.Pattern BASE64 =
      java.util.regex.Pattern.compile("[A-Za-z0-9+/]{1,1000}={0,2}");

  /**
   * Checks the components.
   *
   * @throws StandardsException if the key id is not 16 lower-case hexadecimal digits, the key is
   *     not base64 of at most 1,000 characters, or the revocation does not follow the start
   * @throws NullPointerException if a component is null
   *
   * @param keyId the {@code keyId} component, as described on the record
   * @param publicKey the {@code publicKey} component, as described on the record
   * @param validFrom the {@code validFrom} component, as described on the record
   * @param revokedOn the {@code revokedOn} component, as described on the record
   */
  public OfficeKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(revokedOn, "revokedOn");
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new StandardsException("a key id is 16 lower-case hexadecimal digits: " + keyId,
          keyId);
    }
    if (!BASE64.matcher(publicKey).matches()) {
      throw new StandardsException("a public key is base64 of at most 1000 characters",
          publicKey.length() > 20 ? publicKey.substring(0, 20) : publicKey);
    }
    if (revokedOn.isPresent() && !revokedOn.get().isAfter(validFrom)) {
      throw new StandardsException("a key is revoked after it becomes valid: " + keyId, keyId);
    }
  }

  /**
   * Whether the key may sign an event at an instant: at or after {@code validFrom} and before
   * {@code revokedOn}.
   *
   * @param at the event's time, not null
   * @return true when valid then
   */
  public boolean isValidAt(Instant at) {
    return !at.isBefore(validFrom) && revokedOn.map(at::isBefore).orElse(true);
  }
}
