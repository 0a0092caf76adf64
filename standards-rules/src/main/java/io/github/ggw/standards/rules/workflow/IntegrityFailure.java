package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.workflow.Digest;
import java.util.Objects;

/**
 * One recorded digest that no longer matches the submission it names (摘要不符): the evidence or
 * claims changed after submission.
 *
 * @param check which record, not null
 * @param index the submission's revision for {@link IntegrityCheck#SUBMISSION}, the event's
 *     sequence number for {@link IntegrityCheck#EVENT}, the current revision otherwise; {@code >=
 *     1}
 * @param recorded the digest recorded, not null
 * @param actual the digest of the submission as it is now, not null
 */
public record IntegrityFailure(IntegrityCheck check, int index, Digest recorded, Digest actual) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   *
   * @param check the {@code check} component, as described on the record
   * @param index the {@code index} component, as described on the record
   * @param recorded the {@code recorded} component, as described on the record
   * @param actual the {@code actual} component, as described on the record
   */
  public IntegrityFailure {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(actual, "actual");
  }
}
