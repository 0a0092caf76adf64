package io.github.ggw.standards.model;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of resolving a {@link Profile} against its base standard (裁剪结果): the standalone
 * standard with its warnings, or the findings, at least one an error, that stopped it.
 *
 * @param standard the tailored standard, or empty when refused
 * @param findings the findings: warnings of a resolved standard, or the errors of a refusal
 */
public record TailoringResult(Optional<Standard> standard, List<Problem> findings) {

  /**
   * Checks the components and copies the findings.
   *
   * @throws StandardsException if a refusal has no error finding or a standard comes with one
   *
   * @param standard the {@code standard} component, as described on the record
   * @param findings the {@code findings} component, as described on the record
   */
  public TailoringResult {
    Objects.requireNonNull(standard, "standard");
    findings = ImmutableList.copyOf(findings);
    if (standard.isPresent() == findings.stream().anyMatch(Problem::isError)) {
      throw new StandardsException("a tailoring result is a standard without errors, or errors",
          String.valueOf(findings.size()));
    }
  }

  /**
   * Whether the profile resolved to a standard.
   *
   * @return true when {@link #standard()} is present
   */
  public boolean isResolved() {
    return standard.isPresent();
  }
}
