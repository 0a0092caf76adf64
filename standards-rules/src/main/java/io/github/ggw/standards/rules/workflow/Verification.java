package io.github.ggw.standards.rules.workflow;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The result of verifying a case file's digests (档案完整性核验): every recorded digest that no
 * longer matches its submission.
 *
 * @param failures the failures, empty when the file is intact
 */
public record Verification(List<IntegrityFailure> failures) {

  /**
   * Copies the list.
   *
   * @param failures the {@code failures} component, as described on the record
   */
  public Verification {
    failures = ImmutableList.copyOf(failures);
  }

  /**
   * Whether every recorded digest matches.
   *
   * @return true when there are no failures
   */
  public boolean isIntact() {
    return failures.isEmpty();
  }
}
