package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest (摘要) as 64 lower-case hexadecimal digits: the digest of the canonical JSON
 * form of a submitted self-assessment, recorded at submission and checked by every later stage.
 *
 * <p>The model only carries digests; they are computed in {@code standards-json} (canonical JSON,
 * Guava hashing) and handed to the rules as values. {@link #toString()} returns the bare hex and
 * {@link #of(String)} reads it back. Immutable; equality by value.
 *
 * @param hex the digest, matching {@code [0-9a-f]{64}}
 */
public record Digest(String hex) {
  private static final Pattern PATTERN = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks the digest.
   *
   * @throws StandardsException if the text is not 64 lower-case hex digits
   * @throws NullPointerException if hex is null
   *
   * @param hex the {@code hex} component, as described on the record
   */
  public Digest {
    Objects.requireNonNull(hex, "hex");
    if (!PATTERN.matcher(hex).matches()) {
      throw new StandardsException("a SHA-256 digest is 64 lower-case hex digits: " + hex, hex);
    }
  }

  /**
   * Reads a digest.
   *
   * @param hex 64 lower-case hex digits, not null
   * @return the digest
   * @throws StandardsException if the text is not 64 lower-case hex digits
   */
  public static Digest of(String hex) {
    return new Digest(hex);
  }

  /**
   * The first twelve hex digits, for display.
   *
   * @return a 12-character prefix
   */
  public String shortForm() {
    return hex.substring(0, 12);
  }

  /** The bare hex, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return hex;
  }
}
