package io.github.ggw.standards.rules.scoring;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.List;
import java.util.Objects;

/**
 * Whether the unit may apply to be certified (认定资格): its rounded total reaches the threshold,
 * every key indicator is met, and no veto is triggered.
 *
 * @param eligible whether all three hold
 * @param threshold the standard's certification threshold
 * @param reasons why not, one per failed condition; empty when eligible
 */
public record Eligibility(boolean eligible, Points threshold, List<LocalizedText> reasons) {

  /**
   * Checks the components and copies the list.
   *
   * @param eligible the {@code eligible} component, as described on the record
   * @param threshold the {@code threshold} component, as described on the record
   * @param reasons the {@code reasons} component, as described on the record
   */
  public Eligibility {
    Objects.requireNonNull(threshold, "threshold");
    reasons = ImmutableList.copyOf(reasons);
  }
}
