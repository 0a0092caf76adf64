package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.evidence.Evidence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * A unit's self-assessment (自查自评) for one standard version and year: its evidence and its
 * claimed points per item, with narratives. Immutable and thread-safe; build with {@link
 * #builder()}.
 */
@Value.Immutable
public abstract class SelfAssessment {

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableSelfAssessment.Builder builder() {
    return ImmutableSelfAssessment.builder();
  }

  /** @return the unit assessed */
  @NotNull
  @Valid
  public abstract Unit getUnit();

  /** @return the standard answered */
  @NotNull
  @Valid
  public abstract StandardId getStandardId();

  /** @return the version of the standard answered */
  @NotNull
  @Valid
  public abstract StandardVersion getStandardVersion();

  /** @return the assessment year (calendar year in Asia/Shanghai), 2000 to 2100 */
  @Min(2000)
  @Max(2100)
  public abstract int getYear();

  /** @return the evidence, in the order given, at most 10,000 items */
  @Size(max = 10000)
  public abstract List<@NotNull @Valid Evidence> getEvidence();

  /** @return the claims, one per applicable item, at most 2,000 */
  @Size(max = 2000)
  public abstract List<@NotNull @Valid Claim> getClaims();
}
