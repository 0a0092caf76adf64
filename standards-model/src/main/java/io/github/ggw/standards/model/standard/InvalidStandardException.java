package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.StandardsException;
import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.problem.Problem;
import java.util.List;

/**
 * Thrown when a standard built in code breaks a cross-item rule (budgets, codes, bands, ladders,
 * weights). It carries every error finding at once. Loaders of standards from files catch it and
 * report the findings as data instead.
 */
public final class InvalidStandardException extends StandardsException {
  private static final long serialVersionUID = 1L;

  /** The error findings, at least one. */
  private final transient ImmutableList<Problem> findings;

  /**
   * Creates the exception.
   *
   * @param findings the error findings, not empty
   */
  public InvalidStandardException(List<Problem> findings) {
    super(
        "the standard has " + findings.size() + " error(s); first: " + findings.get(0),
        findings.get(0).getOffendingValue().orElse(null));
    this.findings = ImmutableList.copyOf(findings);
  }

  /**
   * Every error finding.
   *
   * @return the findings, not empty
   */
  public List<Problem> getFindings() {
    return findings;
  }
}
