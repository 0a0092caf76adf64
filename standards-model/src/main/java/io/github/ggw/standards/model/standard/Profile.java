package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tailoring of a base standard for one unit type (裁剪方案), such as a kindergarten sheet derived
 * from the city's basic standard: which items to keep ({@link #getSelect()}) or drop ({@link
 * #getExclude()}), new points and weights, and optionally new rating bands and threshold. {@link
 * ProfileResolver} turns it into a standalone {@link Standard}, which is checked again like any
 * other. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Profile {

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableProfile.Builder builder() {
    return ImmutableProfile.builder();
  }

  /** @return the identifier of the tailored standard */
  @NotNull
  public abstract StandardId getId();

  /** @return the version of the tailored standard */
  @NotNull
  public abstract StandardVersion getVersion();

  /** @return the title of the tailored standard */
  @NotNull
  public abstract LocalizedText getTitle();

  /** @return the base standard's identifier */
  @NotNull
  public abstract StandardId getBase();

  /** @return the base standard's version */
  @NotNull
  public abstract StandardVersion getBaseVersion();

  /** @return the one unit type the tailored standard covers; the base must cover it */
  @NotNull
  public abstract UnitType getUnitType();

  /**
   * The items kept, each with its whole subtree and its ancestors; empty keeps every item.
   *
   * @return codes of the base standard
   */
  @Size(max = 2000)
  public abstract List<CriterionCode> getSelect();

  /** @return codes of the base standard dropped with their subtrees, after the selection */
  @Size(max = 2000)
  public abstract List<CriterionCode> getExclude();

  /** @return new maxima of items; a parent not named here takes the sum of its kept children */
  @Size(max = 2000)
  public abstract List<ProfilePointsChange> getPointsChanges();

  /** @return new weights of dimensions */
  @Size(max = 50)
  public abstract List<WeightChange> getWeightChanges();

  /** @return new rating bands, lowest bound first; empty keeps the base's */
  public abstract List<RatingBand> getRatingBands();

  /** @return a new certification threshold, or empty to keep the base's */
  public abstract Optional<Points> getCertificationThreshold();

  /** @return where the profile comes from, and whether it is official or modelled */
  @NotNull
  @Valid
  public abstract SourceRef getSource();
}
