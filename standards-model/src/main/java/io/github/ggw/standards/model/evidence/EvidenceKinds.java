package io.github.ggw.standards.model.evidence;

import static io.github.ggw.standards.model.evidence.EvidenceFieldType.DATE;
import static io.github.ggw.standards.model.evidence.EvidenceFieldType.DECIMAL;
import static io.github.ggw.standards.model.evidence.EvidenceFieldType.ENUM;
import static io.github.ggw.standards.model.evidence.EvidenceFieldType.FLAG;
import static io.github.ggw.standards.model.evidence.EvidenceFieldType.SCALAR;
import static io.github.ggw.standards.model.evidence.EvidenceFieldType.TEXT;
import static io.github.ggw.standards.model.evidence.EvidenceFieldType.WHOLE_NUMBER;
import static io.github.ggw.standards.model.evidence.EvidenceFieldType.YUAN;

import com.google.common.collect.ImmutableMap;
import io.github.ggw.standards.model.Labels;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of evidence kinds (佐证种类目录): for each record of the sealed {@link Evidence}
 * set, its logical name, labels and fields (type, unit, bounds, allowed values, whether it
 * identifies a record, whether it is free text). Workbooks, filters, messages, schemas and
 * plausibility checks read it; nothing restates it. A test walks the sealed set and every record
 * component to keep the two in step.
 *
 * <p>Labels come from the bundles {@code io/github/ggw/standards/model/evidence/kinds*.properties}
 * (kinds and fields) and, for allowed values, from {@link Labels}.
 *
 * <table>
 *   <caption>Kinds in their stable order, and the fields that identify a record</caption>
 *   <tr><th>name</th><th>record</th><th>identified by</th><th>dated by</th></tr>
 *   <tr><td>{@code organisation}</td><td>{@link Organisation}</td>
 *       <td>nothing: at most one per assessment</td><td>-</td></tr>
 *   <tr><td>{@code elder}</td><td>{@link ElderMember}</td><td>elder</td><td>-</td></tr>
 *   <tr><td>{@code training}</td><td>{@link TrainingSession}</td><td>kind, date, topic</td>
 *       <td>date</td></tr>
 *   <tr><td>{@code activity}</td><td>{@link ThemedActivity}</td><td>kind, date, title</td>
 *       <td>date</td></tr>
 *   <tr><td>{@code care-carrier}</td><td>{@link CareCarrier}</td><td>kind, activeFrom (the record
 *       has no name)</td><td>-</td></tr>
 *   <tr><td>{@code difficulty-support}</td><td>{@link DifficultySupport}</td>
 *       <td>kind (one count per difficulty)</td><td>-</td></tr>
 *   <tr><td>{@code vulnerability-support}</td><td>{@link VulnerabilitySupport}</td>
 *       <td>kind (one count per category)</td><td>-</td></tr>
 *   <tr><td>{@code mentoring}</td><td>{@link Mentoring}</td><td>kind, since</td><td>-</td></tr>
 *   <tr><td>{@code research}</td><td>{@link ResearchOutput}</td><td>kind, date, title</td>
 *       <td>date</td></tr>
 *   <tr><td>{@code publicity}</td><td>{@link Publicity}</td><td>kind, date</td><td>date</td></tr>
 *   <tr><td>{@code document}</td><td>{@link DocumentRecord}</td><td>title, date</td>
 *       <td>date</td></tr>
 *   <tr><td>{@code designation}</td><td>{@link DesignationHeld}</td>
 *       <td>kind, documentNumber (one conferral)</td><td>-</td></tr>
 *   <tr><td>{@code incident}</td><td>{@link Incident}</td><td>kind, date, description</td>
 *       <td>date</td></tr>
 *   <tr><td>{@code fact}</td><td>{@link FactValue}</td><td>code (one value per declared
 *       fact)</td><td>-</td></tr>
 * </table>
 *
 * <p>Ordered enumerations (compared by their declaration order, ascending): {@link Level} and
 * {@link Award}. Free text: training topics, titles of activities, research and documents,
 * designation document numbers and incident descriptions. Immutable and thread-safe.
 */
public final class EvidenceKinds {
  private static final Set<Class<?>> ORDERED = Set.of(Level.class, Award.class);
  private static final String ELDER_REF = "[A-Za-z][A-Za-z0-9_-]{0,23}";
  private static final String SHA256_OR_NONE = "|[0-9a-f]{64}";

  private static final List<EvidenceKind> ALL = List.of(
      kind("organisation", Organisation.class, null,
          flag("chairIsUnitHead"),
          whole("members", EvidenceUnit.PERSON, 500),
          whole("workingTeamElders", EvidenceUnit.PERSON, 500),
          flag("hasOffice"),
          flag("hasActivityRoom"),
          yuan("annualFundingYuan", "100000000"),
          flag("inAnnualPlan")),
      kind("elder", ElderMember.class, null,
          pattern("elder", ELDER_REF).id(),
          choice("category", ElderCategory.class),
          choice("tier", Tier.class),
          flag("retiredTeacher"),
          date("joined")),
      kind("training", TrainingSession.class, "date",
          choice("kind", TrainingKind.class).id(),
          date("date").id(),
          positiveDecimal("hours", EvidenceUnit.HOUR, "24"),
          whole("attendees", EvidenceUnit.PERSON, 10_000),
          free("topic", 200).id()),
      kind("activity", ThemedActivity.class, "date",
          choice("kind", ActivityKind.class).id(),
          date("date").id(),
          choice("level", Level.class),
          whole("participants", EvidenceUnit.PERSON, 100_000),
          choice("award", Award.class),
          free("title", 200).id()),
      kind("care-carrier", CareCarrier.class, null,
          choice("kind", CareCarrierKind.class).id(),
          date("activeFrom").id(),
          whole("sessionsHeld", EvidenceUnit.SESSION, 10_000)),
      kind("difficulty-support", DifficultySupport.class, null,
          choice("kind", DifficultyKind.class).id(),
          whole("pupilsSupported", EvidenceUnit.PERSON, 100_000)),
      kind("vulnerability-support", VulnerabilitySupport.class, null,
          choice("kind", VulnerabilityKind.class).id(),
          whole("youthsHelped", EvidenceUnit.PERSON, 100_000)),
      kind("mentoring", Mentoring.class, null,
          choice("kind", MentoringKind.class).id(),
          whole("count", EvidenceUnit.ITEM, 10_000),
          date("since").id()),
      kind("research", ResearchOutput.class, "date",
          choice("kind", ResearchKind.class).id(),
          date("date").id(),
          free("title", 200).id()),
      kind("publicity", Publicity.class, "date",
          choice("kind", PublicityKind.class).id(),
          date("date").id(),
          whole("count", EvidenceUnit.ITEM, 10_000)),
      kind("document", DocumentRecord.class, "date",
          choice("kind", DocumentKind.class),
          free("title", 200).id(),
          date("date").id(),
          pattern("sha256", SHA256_OR_NONE)),
      kind("designation", DesignationHeld.class, null,
          choice("kind", DesignationKind.class).id(),
          choice("level", Level.class),
          date("conferredOn"),
          free("documentNumber", 60).id()),
      kind("incident", Incident.class, "date",
          choice("kind", IncidentKind.class).id(),
          date("date").id(),
          choice("raisedBy", IncidentSource.class),
          free("description", 500).id()),
      kind("fact", FactValue.class, null,
          pattern("code", "[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*").id(),
          scalar("value")));

  private static final Map<String, EvidenceKind> BY_NAME =
      ALL.stream().collect(ImmutableMap.toImmutableMap(EvidenceKind::name, Function.identity()));
  private static final Map<Class<?>, EvidenceKind> BY_CLASS = ALL.stream()
      .collect(ImmutableMap.toImmutableMap(EvidenceKind::recordClass, Function.identity()));
  private static final List<String> NAMES = ALL.stream().map(EvidenceKind::name).toList();

  private EvidenceKinds() {}

  /**
   * Every kind, in a stable order: the order of {@link Evidence}'s permitted records, which is
   * the order of the table in the class comment.
   *
   * @return the 14 kinds, unmodifiable
   */
  public static List<EvidenceKind> all() {
    return ALL;
  }

  /**
   * The logical names of every kind, in the order of {@link #all()}; for "did you mean" hints
   * ({@link io.github.ggw.standards.model.problem.ClosestNames}).
   *
   * @return the names, such as {@code elder} and {@code care-carrier}, unmodifiable
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The kind with a logical name.
   *
   * @param name the name as the JSON {@code type} member writes it, not null; compared exactly
   * @return the kind, or empty when there is none of that name
   */
  public static Optional<EvidenceKind> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * The kind of a record class.
   *
   * @param recordClass one of the records {@link Evidence} permits, not null
   * @return its kind
   * @throws IllegalArgumentException if the class is not such a record (such as {@code
   *     Evidence.class} itself)
   */
  public static EvidenceKind of(Class<? extends Evidence> recordClass) {
    EvidenceKind kind = BY_CLASS.get(Objects.requireNonNull(recordClass, "recordClass"));
    if (kind == null) {
      throw new IllegalArgumentException("not an evidence record: " + recordClass.getName());
    }
    return kind;
  }

  /**
   * The kind of a piece of evidence.
   *
   * @param evidence the evidence, not null
   * @return its kind
   */
  public static EvidenceKind of(Evidence evidence) {
    return of(Objects.requireNonNull(evidence, "evidence").getClass());
  }

  // ---- the description's building blocks

  private static EvidenceKind kind(String name, Class<? extends Evidence> type, String dateField,
      Spec... specs) {
    List<EvidenceField> fields = Arrays.stream(specs).map(s -> s.build(name)).toList();
    return new EvidenceKind(name, KindWords.text("kind." + name), type, fields,
        Optional.ofNullable(dateField));
  }

  /** What a field is before its labels are read. */
  private record Spec(String name, EvidenceFieldType type, EvidenceUnit unit, BigDecimal min,
      boolean minInclusive, BigDecimal max, int maxLength, String pattern,
      Class<? extends Enum<?>> choices, boolean identifying, boolean freeText) {

    Spec id() {
      return new Spec(name, type, unit, min, minInclusive, max, maxLength, pattern, choices,
          true, freeText);
    }

    EvidenceField build(String kind) {
      List<EvidenceChoice> values = choices == null ? List.of()
          : Arrays.stream(choices.getEnumConstants())
              .map(c -> new EvidenceChoice(c, Labels.of(c))).collect(Collectors.toList());
      return new EvidenceField(name, KindWords.text("field." + kind + "." + name), type,
          Optional.ofNullable(unit), Optional.ofNullable(min), minInclusive,
          Optional.ofNullable(max), true,
          maxLength == 0 ? OptionalInt.empty() : OptionalInt.of(maxLength),
          Optional.ofNullable(pattern), values, choices != null && ORDERED.contains(choices),
          identifying, freeText, true);
    }
  }

  private static Spec flag(String name) {
    return new Spec(name, FLAG, null, null, true, null, 0, null, null, false, false);
  }

  private static Spec date(String name) {
    return new Spec(name, DATE, null, null, true, null, 0, null, null, false, false);
  }

  /** A count from 0 to {@code max}. */
  private static Spec whole(String name, EvidenceUnit unit, int max) {
    return new Spec(name, WHOLE_NUMBER, unit, BigDecimal.ZERO, true, BigDecimal.valueOf(max), 0,
        null, null, false, false);
  }

  /** An amount in yuan from 0 to {@code max}. */
  private static Spec yuan(String name, String max) {
    return new Spec(name, YUAN, EvidenceUnit.YUAN, BigDecimal.ZERO, true, new BigDecimal(max), 0,
        null, null, false, false);
  }

  /** A decimal above 0 and at most {@code max}. */
  private static Spec positiveDecimal(String name, EvidenceUnit unit, String max) {
    return new Spec(name, DECIMAL, unit, BigDecimal.ZERO, false, new BigDecimal(max), 0, null,
        null, false, false);
  }

  /** Free text, not blank, at most {@code maxLength} characters. */
  private static Spec free(String name, int maxLength) {
    return new Spec(name, TEXT, null, null, true, null, maxLength, null, null, false, true);
  }

  /** Text matching a pattern, which also bounds its length. */
  private static Spec pattern(String name, String regex) {
    return new Spec(name, TEXT, null, null, true, null, 0, regex, null, false, false);
  }

  /** The value of a declared fact: a boolean, number or text, as its declaration asks. */
  private static Spec scalar(String name) {
    return new Spec(name, SCALAR, null, null, true, null, 0, null, null, false, false);
  }

  private static Spec choice(String name, Class<? extends Enum<?>> type) {
    return new Spec(name, ENUM, null, null, true, null, 0, null, type, false, false);
  }
}
