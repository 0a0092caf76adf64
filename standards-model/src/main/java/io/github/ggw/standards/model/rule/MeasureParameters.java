package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The typed parameters given to a measure (度量参数). An empty set means "no restriction"; an
 * absent minimum means "any". Which parameters a measure accepts is declared by the measure in
 * {@code standards-rules}.
 */
@Value.Immutable
public abstract class MeasureParameters {
  private static final MeasureParameters NONE = ImmutableMeasureParameters.builder().build();

  /**
   * No parameters.
   *
   * @return the empty parameters
   */
  public static MeasureParameters none() {
    return NONE;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableMeasureParameters.Builder builder() {
    return ImmutableMeasureParameters.builder();
  }

  /** @return activity kinds counted; empty for all */
  public abstract Set<ActivityKind> getActivityKinds();

  /** @return the lowest level counted, or empty for any */
  public abstract Optional<Level> getMinLevel();

  /** @return the lowest award counted, or empty for any */
  public abstract Optional<Award> getMinAward();

  /** @return elder tiers counted; empty for all */
  public abstract Set<Tier> getTiers();

  /** @return elder categories counted; empty for all */
  public abstract Set<ElderCategory> getElderCategories();

  /** @return training kinds counted; empty for all */
  public abstract Set<TrainingKind> getTrainingKinds();

  /** @return care carrier kinds counted; empty for all */
  public abstract Set<CareCarrierKind> getCareCarrierKinds();

  /** @return difficulty kinds counted; empty for all */
  public abstract Set<DifficultyKind> getDifficultyKinds();

  /** @return five-lost categories counted; empty for all */
  public abstract Set<io.github.ggw.standards.model.evidence.VulnerabilityKind> getVulnerabilityKinds();

  /** @return mentoring kinds counted; empty for all */
  public abstract Set<MentoringKind> getMentoringKinds();

  /** @return research kinds counted; empty for all */
  public abstract Set<ResearchKind> getResearchKinds();

  /** @return publicity kinds counted; empty for all */
  public abstract Set<PublicityKind> getPublicityKinds();

  /** @return document kinds counted; empty for all */
  public abstract Set<DocumentKind> getDocumentKinds();

  /** @return designation kinds counted; empty for all */
  public abstract Set<DesignationKind> getDesignationKinds();

  /** @return incident kinds counted; empty for all */
  public abstract Set<IncidentKind> getIncidentKinds();

  /**
   * Whether dated facts count only within the assessment year.
   *
   * @return true (only the year, the default when empty) or false (any year); empty when not
   *     given
   */
  public abstract Optional<Boolean> getWithinYear();

  /**
   * Whether dated facts count only within the assessment year, the default applied.
   *
   * @return false only when {@code withinYear = false} is given
   */
  public boolean isCountingOnlyTheYear() {
    return getWithinYear().orElse(true);
  }

  /**
   * Which parameters are given (a non-empty set or a present minimum).
   *
   * @return the given parameters, never null
   */
  public Set<MeasureParameter> getGiven() {
    EnumSet<MeasureParameter> s = EnumSet.noneOf(MeasureParameter.class);
    add(s, MeasureParameter.ACTIVITY_KINDS, !getActivityKinds().isEmpty());
    add(s, MeasureParameter.MIN_LEVEL, getMinLevel().isPresent());
    add(s, MeasureParameter.MIN_AWARD, getMinAward().isPresent());
    add(s, MeasureParameter.TIERS, !getTiers().isEmpty());
    add(s, MeasureParameter.ELDER_CATEGORIES, !getElderCategories().isEmpty());
    add(s, MeasureParameter.TRAINING_KINDS, !getTrainingKinds().isEmpty());
    add(s, MeasureParameter.CARE_CARRIER_KINDS, !getCareCarrierKinds().isEmpty());
    add(s, MeasureParameter.DIFFICULTY_KINDS, !getDifficultyKinds().isEmpty());
    add(s, MeasureParameter.VULNERABILITY_KINDS, !getVulnerabilityKinds().isEmpty());
    add(s, MeasureParameter.MENTORING_KINDS, !getMentoringKinds().isEmpty());
    add(s, MeasureParameter.RESEARCH_KINDS, !getResearchKinds().isEmpty());
    add(s, MeasureParameter.PUBLICITY_KINDS, !getPublicityKinds().isEmpty());
    add(s, MeasureParameter.DOCUMENT_KINDS, !getDocumentKinds().isEmpty());
    add(s, MeasureParameter.DESIGNATION_KINDS, !getDesignationKinds().isEmpty());
    add(s, MeasureParameter.INCIDENT_KINDS, !getIncidentKinds().isEmpty());
    add(s, MeasureParameter.WITHIN_YEAR, getWithinYear().isPresent());
    return s;
  }

  private static void add(Set<MeasureParameter> s, MeasureParameter p, boolean given) {
    if (given) {
      s.add(p);
    }
  }

  /**
   * Whether a value passes a kind filter: an empty filter passes everything.
   *
   * @param <E> the kind type
   * @param filter the set of kinds, empty for all
   * @param kind the kind of one fact
   * @return true when counted
   */
  public static <E extends Enum<E>> boolean passes(Set<E> filter, E kind) {
    return filter.isEmpty() || filter.contains(kind);
  }

  /**
   * Whether a level is at or above the minimum, if any.
   *
   * @param level the level of one fact
   * @return true when counted
   */
  public boolean levelPasses(Level level) {
    return getMinLevel().map(min -> level.compareTo(min) >= 0).orElse(true);
  }

  /**
   * Whether an award is at or above the minimum, if any.
   *
   * @param award the award of one fact
   * @return true when counted
   */
  public boolean awardPasses(Award award) {
    return getMinAward().map(min -> award.compareTo(min) >= 0).orElse(true);
  }
}
