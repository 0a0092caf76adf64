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
import io.github.ggw.standards.model.evidence.VulnerabilityKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The typed parameters a measure may take (度量参数). Each measure declares which it accepts; a
 * standard that gives a measure another parameter is refused when it loads. Standards write a
 * parameter by its {@link #writtenName()} ({@code minLevel}), never by the constant's name.
 */
public enum MeasureParameter {
  /** Activity kinds to count ({@code kind ∈ …}). */
  ACTIVITY_KINDS(ActivityKind.class),
  /** Lowest level to count ({@code level ≥ …}). */
  MIN_LEVEL(Level.class),
  /** Lowest award to count ({@code award ≥ …}). */
  MIN_AWARD(Award.class),
  /** Elder tiers to count. */
  TIERS(Tier.class),
  /** Elder categories to count. */
  ELDER_CATEGORIES(ElderCategory.class),
  /** Training kinds to count. */
  TRAINING_KINDS(TrainingKind.class),
  /** Care carrier kinds to count. */
  CARE_CARRIER_KINDS(CareCarrierKind.class),
  /** Difficulty kinds to count. */
  DIFFICULTY_KINDS(DifficultyKind.class),
  /** Five-lost categories to count. */
  VULNERABILITY_KINDS(VulnerabilityKind.class),
  /** Mentoring kinds to count. */
  MENTORING_KINDS(MentoringKind.class),
  /** Research kinds to count. */
  RESEARCH_KINDS(ResearchKind.class),
  /** Publicity kinds to count. */
  PUBLICITY_KINDS(PublicityKind.class),
  /** Document kinds to count. */
  DOCUMENT_KINDS(DocumentKind.class),
  /** Designation kinds to count. */
  DESIGNATION_KINDS(DesignationKind.class),
  /** Incident kinds to count. */
  INCIDENT_KINDS(IncidentKind.class),
  /**
   * Whether dated facts count only within the assessment year (true, the default) or in any
   * year (false), such as an award won before the year.
   */
  WITHIN_YEAR(null);

  private static final Map<String, MeasureParameter> BY_WRITTEN_NAME = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(MeasureParameter::writtenName, p -> p));

  private final Class<? extends Enum<?>> valueClass;
  private final String writtenName;

  MeasureParameter(Class<? extends Enum<?>> valueClass) {
    this.valueClass = valueClass;
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : name().toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    this.writtenName = b.toString();
  }

  /**
   * The name as standards write it: the JSON member and the key of a CSV parameters cell.
   *
   * @return the lower-camel name, such as {@code minLevel} for {@link #MIN_LEVEL}; never the
   *     enum constant's name
   */
  public String writtenName() {
    return writtenName;
  }

  /**
   * The parameter with a written name.
   *
   * @param writtenName the name as written, such as {@code minLevel}, not null; compared exactly
   * @return the parameter, or empty when no parameter is written so
   */
  public static Optional<MeasureParameter> byWrittenName(String writtenName) {
    return Optional.ofNullable(BY_WRITTEN_NAME.get(Objects.requireNonNull(writtenName, "writtenName")));
  }

  /**
   * Whether the parameter is a lowest value ({@code minLevel}, {@code minAward}): records at that
   * value or above, in the enumeration's order, count.
   *
   * @return true for {@link #MIN_LEVEL} and {@link #MIN_AWARD}
   */
  public boolean isMinimum() {
    return this == MIN_LEVEL || this == MIN_AWARD;
  }

  /**
   * Whether the parameter is a yes/no flag ({@code withinYear}).
   *
   * @return true for {@link #WITHIN_YEAR}
   */
  public boolean isFlag() {
    return this == WITHIN_YEAR;
  }

  /**
   * The values the parameter may be given, as written: the enumeration's constants in their
   * declared order (for a minimum, lowest first), or {@code true} and {@code false} for a flag.
   *
   * @return the values, unmodifiable, never empty
   */
  public List<String> allowedValues() {
    if (valueClass == null) {
      return List.of("true", "false");
    }
    return Arrays.stream(valueClass.getEnumConstants()).map(Enum::name).toList();
  }
}
