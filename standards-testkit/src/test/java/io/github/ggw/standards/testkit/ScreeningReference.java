package io.github.ggw.standards.testkit;

import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.check.Plausibility;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.ClosestNames;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.Facts;
import io.github.ggw.standards.model.standard.PlausibilityCheck;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.Steps;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.internal.Accessors;
import io.github.ggw.standards.rules.internal.Exact;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The screening before scoring as it was written first, straightforwardly (a pass per check,
 * maps keyed by lists, streams, optional values): kept in the tests so that the prepared,
 * single-pass screening can be compared with it ({@link ScreeningEquivalenceTest}). Not to be
 * optimised.
 */
final class ScreeningReference {
  private static final String NONE = "—";
  private final Standard standard;
  private final Map<CriterionCode, Claimable> claimable;
  private final Claimable[] inTreeOrder;
  private final Map<String, String> touched;
  private final List<Use> factUses;

  ScreeningReference(Standard standard, MeasureRegistry measures) {
    this.standard = standard;
    Map<CriterionCode, Claimable> items = new LinkedHashMap<>();
    standard.getAllCriteria().filter(AssessmentChecker::isClaimable)
        .forEach(c -> items.put(c.getCode(), new Claimable(c, Steps.of(standard, c),
            items.containsKey(c.getCode()) ? items.get(c.getCode()).index() : items.size())));
    this.claimable = Collections.unmodifiableMap(items);
    this.inTreeOrder = items.values().toArray(new Claimable[0]);
    this.touched = itemsText(touched(standard, measures));
    this.factUses = uses(standard);
  }

  Standard standard() {
    return standard;
  }

  /** What the reference found: the problems and the evidence that counts. */
  record Found(List<Problem> problems, List<Evidence> counted, List<Integer> notCounted,
      List<Problem> plausibility) {}

  Found screen(SelfAssessment assessment) {
    List<Problem> out = new ArrayList<>();

    if (!standard.getId().value().equals(assessment.getStandardId().value())) {
      out.add(Problem.of(ProblemCode.ASSESSMENT_WRONG_STANDARD, Location.pointer("/standardId"),
          String.valueOf(assessment.getStandardId()), String.valueOf(assessment.getStandardId()), String.valueOf(standard.getId())));
    } else if (!standard.getVersion().value()
        .equals(assessment.getStandardVersion().value())) {
      out.add(Problem.of(ProblemCode.ASSESSMENT_WRONG_VERSION,
          Location.pointer("/standardVersion"), String.valueOf(assessment.getStandardVersion()),
          String.valueOf(assessment.getStandardVersion()), String.valueOf(standard.getVersion())));
    }
    if (!standard.isInForce(assessment.getYear())) {
      out.add(Problem.of(ProblemCode.ASSESSMENT_YEAR_OUTSIDE_VALIDITY, Location.pointer("/year"),
          String.valueOf(assessment.getYear()), String.valueOf(assessment.getYear()), String.valueOf(standard.getEffectiveFrom()),
          String.valueOf(standard.getValidUntil().map(Object::toString).orElse("-"))));
    }
    if (!standard.getApplicableUnitTypes().contains(assessment.getUnit().type())) {
      out.add(Problem.of(ProblemCode.ASSESSMENT_UNIT_TYPE_NOT_COVERED,
          Location.pointer("/unit/type"), String.valueOf(assessment.getUnit().type()),
          String.valueOf(assessment.getUnit().type()), String.valueOf(standard.getApplicableUnitTypes()),
          io.github.ggw.standards.model.Labels.of(assessment.getUnit().type()).zh(),
          standard.getApplicableUnitTypes().stream()
              .map(t -> io.github.ggw.standards.model.Labels.of(t).zh())
              .collect(java.util.stream.Collectors.joining("、"))));
    }
    checkClaims(standard, claimable, inTreeOrder, assessment, out);
    checkEvidence(assessment, out);
    checkFacts(standard, factUses, assessment, out);
    Plausibility.Outcome plausible = new Run(standard, assessment, touched).run();
    out.addAll(plausible.problems());
    List<Problem> sorted = new ArrayList<>(out.size());
    for (Problem p : out) {
      if (p.isError()) {
        sorted.add(p);
      }
    }
    for (Problem p : out) {
      if (!p.isError()) {
        sorted.add(p);
      }
    }
    return new Found(sorted, plausible.counted(), plausible.notCounted(), plausible.problems());
}
  private record Claimable(Criterion criterion, Steps grid, int index, ScoringRule rule,
      Points max) {
    Claimable(Criterion criterion, Steps grid, int index) {
      this(criterion, grid, index, criterion.getRule().orElse(null), criterion.getMaxPoints());
    }
  }


  private static void checkClaims(Standard s, Map<CriterionCode, Claimable> claimable,
      Claimable[] inTreeOrder, SelfAssessment a, List<Problem> out) {
    // the claimable items are numbered in tree order (Claimable.index): seen by number
    boolean[] seen = new boolean[claimable.size()];
    UnitType type = a.getUnit().type();
    List<Claim> claims = a.getClaims();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      // claims usually come in tree order: the i-th claimable item is tried before the map
      // (codes compared by their text, which is what a code is)
      Claimable item = i < inTreeOrder.length
          && inTreeOrder[i].criterion().getCode().value().equals(claim.code().value())
          ? inTreeOrder[i] : claimable.get(claim.code());
      if (item == null) {
        out.add(Problem.of(ProblemCode.CLAIM_UNKNOWN_CODE, Location.pointer(at(i) + "/code"),
            String.valueOf(claim.code()), String.valueOf(claim.code())));
        continue;
      }
      Criterion c = item.criterion();
      if (seen[item.index()]) {
        out.add(Problem.of(ProblemCode.CLAIM_DUPLICATE,
            Location.pointer(at(i) + "/code").withCriterion(c.getCode()),
            String.valueOf(claim.code()), String.valueOf(claim.code())));
        continue;
      }
      seen[item.index()] = true;
      if (c.isNotApplicableTo(type)) {
        out.add(Problem.of(ProblemCode.CLAIM_NOT_APPLICABLE,
            Location.pointer(at(i) + "/code").withCriterion(c.getCode()),
            String.valueOf(claim.code()), String.valueOf(claim.code()), String.valueOf(type),
            io.github.ggw.standards.model.Labels.of(type).zh()));
        continue;
      }
      ScoringRule rule = item.rule();
      if (rule instanceof CountedDeduction counted) {
        checkCounted(c, counted, claim, at(i), out);
        continue;
      }
      if (!claim.deficiencies().isEmpty()) {
        out.add(Problem.of(ProblemCode.CLAIM_DEFICIENCIES_NOT_COUNTED,
            Location.pointer(at(i) + "/deficiencies").withCriterion(c.getCode()),
            claim.deficiencies().toString(), c.getCode().toString(),
            claim.deficiencies().toString()));
        continue;
      }
      Steps grid = item.grid();
      BigDecimal step = grid.step();
      Points points = claim.points();
      if (points.compareTo(item.max()) > 0) {
        out.add(Problem.of(ProblemCode.CLAIM_ABOVE_MAX, points(at(i), c),
            String.valueOf(points), String.valueOf(claim.code()), String.valueOf(points),
            String.valueOf(c.getMaxPoints())));
      } else if (rule instanceof DiscretionaryDeduction d) {
        checkDiscretionary(c, d, claim, at(i), out);
      } else if (!Exact.isMultipleOf(points.toBigDecimal(), step)) {
        out.add(Problem.of(ProblemCode.CLAIM_OFF_STEP, points(at(i), c), String.valueOf(points),
            String.valueOf(claim.code()), String.valueOf(points),
            String.valueOf(step.stripTrailingZeros().toPlainString()),
            String.join(", ", grid.nearest(points, c.getMaxPoints())), grid.source().en(),
            grid.source().zh()));
      }
    }
    for (Claimable item : claimable.values()) {
      Criterion c = item.criterion();
      if (!seen[item.index()] && !c.isNotApplicableTo(type)) {
        out.add(Problem.of(ProblemCode.CLAIM_MISSING,
            Location.pointer("/claims").withCriterion(c.getCode()), String.valueOf(c.getCode()),
            String.valueOf(c.getCode())));
      }
    }
  }

  /** The pointer of the claim at a position: built only for a problem. */
  private static String at(int i) {
    return "/claims/" + i;
  }

  /**
   * A counted deduction: every code counted is declared, and points, when stated, are what the
   * counts give ({@code max − Σ count × pointsEach}, floor 0).
   */
  private static void checkCounted(Criterion c, CountedDeduction d, Claim claim, String at,
      List<Problem> out) {
    int before = out.size();
    String declared = d.deficiencies().stream().map(CountedDeficiency::code)
        .collect(Collectors.joining(", "));
    claim.deficiencies().codes().stream().filter(code -> !d.declares(code)).forEach(code ->
        out.add(Problem.of(ProblemCode.CLAIM_DEFICIENCY_UNKNOWN,
            Location.pointer(at + "/deficiencies/" + code).withCriterion(c.getCode()), code,
            c.getCode().toString(), code, declared)));
    if (out.size() > before) {
      return;
    }
    Points counted = d.points(c.getMaxPoints(), claim.deficiencies());
    claim.givenPoints().filter(p -> !p.equals(counted)).ifPresent(p -> {
      Points due = d.lines(c.getMaxPoints(), claim.deficiencies()).stream()
          .map(CountedDeduction.Line::due).reduce(Points.ZERO, Points::plus);
      out.add(Problem.of(ProblemCode.CLAIM_POINTS_NOT_COUNTS,
          Location.pointer(at + "/points").withCriterion(c.getCode()), p.toString(),
          c.getCode().toString(), p.toString(), counted.toString(), due.toString()));
    });
  }

  /** Where a claim's points are: built only for a problem, not for every claim. */
  private static Location points(String at, Criterion c) {
    return Location.pointer(at + "/points").withCriterion(c.getCode());
  }

  /** A discretionary deduction: in range on its step, and with a written reason. */
  private static void checkDiscretionary(Criterion c, DiscretionaryDeduction d, Claim claim,
      String at, List<Problem> out) {
    if (!d.allows(c.getMaxPoints(), claim.points())) {
      out.add(Problem.of(ProblemCode.CLAIM_OUTSIDE_RANGE, points(at, c), claim.points().toString(),
          c.getCode().toString(), claim.points().toString(), c.getMaxPoints().toString(),
          d.minDeduction().toString(), d.maxDeduction().toString(),
          d.step().stripTrailingZeros().toPlainString()));
    } else if (claim.points().compareTo(c.getMaxPoints()) < 0 && claim.narrative().isBlank()) {
      out.add(Problem.of(ProblemCode.CLAIM_REASON_MISSING,
          points(at, c).withCriterion(c.getCode()), claim.points().toString(), c.getCode().toString(),
          c.getMaxPoints().minusFloorZero(claim.points()).toString()));
    }
  }

  private static void checkEvidence(SelfAssessment a, List<Problem> out) {
    List<Evidence> ev = a.getEvidence();
    int organisations = 0;
    for (int i = 0; i < ev.size(); i++) {
      Evidence e = ev.get(i);
      if (e instanceof Organisation && ++organisations == 2) {
        out.add(Problem.of(ProblemCode.EVIDENCE_CONFLICT, Location.pointer("/evidence/" + i),
            "organisation", "organisation"));
      }
      int i2 = i;
      e.dated().filter(d -> d.getYear() < a.getYear()).ifPresent(d ->
          out.add(Problem.of(ProblemCode.EVIDENCE_OUTSIDE_YEAR,
              Location.pointer("/evidence/" + i2), String.valueOf(d), String.valueOf(d), String.valueOf(a.getYear()))));
    }
  }

  static Map<String, String> itemsText(Map<String, List<CriterionCode>> touched) {
    Map<String, String> out = new HashMap<>();
    touched.forEach((kind, codes) -> {
      if (!codes.isEmpty()) {
        out.put(kind, codes.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      }
    });
    return out;
  }

  static Map<String, List<CriterionCode>> touched(Standard standard, MeasureRegistry measures) {
    Map<String, Set<CriterionCode>> byKind = new LinkedHashMap<>();
    standard.getAllCriteria().forEach(c -> c.getRule().ifPresent(rule -> {
      for (MeasureRef ref : MeasureRegistry.refs(rule)) {
        ref.query().ifPresent(q -> byKind.computeIfAbsent(q.kind(), k -> new LinkedHashSet<>())
            .add(c.getCode()));
        measures.find(ref.name()).flatMap(Measure::getEvidenceKind).ifPresent(kind ->
            byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(c.getCode()));
      }
    }));
    Map<String, List<CriterionCode>> out = new HashMap<>();
    byKind.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** One pass: working state confined to a call. */
  private static final class Run {
    private final Standard standard;
    private final SelfAssessment assessment;
    private final Map<String, String> touched;
    private final List<Problem> problems = new ArrayList<>();
    /** Whether each record (by its index in the evidence) is left out. */
    private boolean[] notCounted;
    /** The number of records left out. */
    private int left;
    /** The roster's counted entries (elder records that count). */
    private long roster;
    /** The standard's minimum training hours, read once per call. */
    private BigDecimal minTrainingHours;

    Run(Standard standard, SelfAssessment assessment, Map<String, String> touched) {
      this.standard = standard;
      this.assessment = assessment;
      this.touched = touched;
    }

    Plausibility.Outcome run() {
      jurisdiction();
      List<Evidence> ev = assessment.getEvidence();
      notCounted = new boolean[ev.size()];
      Map<List<Object>, Integer> firstByIdentity = new HashMap<>(ev.size() * 2);
      for (int i = 0; i < ev.size(); i++) {
        Evidence e = ev.get(i);
        Shape shape = SHAPES.get(e.getClass());
        if (shape.identityAt.length > 0) {
          // only the identifying fields are read here; every field only for a duplicate
          Object[] identity = new Object[shape.identityAt.length + 1];
          identity[0] = shape.kind.name();
          for (int k = 0; k < shape.identityAt.length; k++) {
            int at = shape.identityAt[k];
            identity[k + 1] = key(at < 0 ? null : shape.readers[at].apply(e));
          }
          Integer first = firstByIdentity.putIfAbsent(Arrays.asList(identity), i);
          if (first != null) {
            duplicate(shape, i, first, shape.values(e), shape.values(ev.get(first)));
            continue;
          }
        }
        record(shape, i, e);
        // a record's counting is settled once it has been looked at: the roster is counted here
        if (e instanceof ElderMember && !notCounted[i]) {
          roster++;
        }
      }
      workingTeam(ev);
      List<Evidence> counted;
      List<Integer> out;
      if (left == 0) {
        counted = ev;
        out = List.of();
      } else {
        counted = new ArrayList<>(ev.size() - left);
        out = new ArrayList<>(left);
        for (int i = 0; i < ev.size(); i++) {
          if (notCounted[i]) {
            out.add(i);
          } else {
            counted.add(ev.get(i));
          }
        }
      }
      return new Plausibility.Outcome(counted, out, problems);
    }

    private void leaveOut(int i) {
      if (!notCounted[i]) {
        notCounted[i] = true;
        left++;
      }
    }

    private void jurisdiction() {
      List<String> prefixes = standard.getJurisdiction();
      String district = assessment.getUnit().district().value();
      if (!prefixes.isEmpty() && prefixes.stream().noneMatch(district::startsWith)) {
        add(PlausibilityCheck.OUTSIDE_JURISDICTION, Location.pointer("/unit/district"), district,
            district, String.join(", ", prefixes));
      }
    }

    private void duplicate(Shape shape, int i, int first, Object[] values,
        Object[] firstValues) {
      EvidenceKind kind = shape.kind;
      List<String> differing = kind.fields().stream().filter(f -> !f.identifying())
          .filter(f -> !key(shape.get(values, f)).equals(key(shape.get(firstValues, f))))
          .map(f -> words(f.label())).toList();
      leaveOut(i);
      String at = "/evidence/" + first;
      if (differing.isEmpty()) {
        add(PlausibilityCheck.REPEATED_RECORD, pointer(i), kind.name(), words(kind.label()), at,
            items(kind));
      } else {
        add(PlausibilityCheck.CONFLICTING_RECORD, pointer(i), kind.name(), words(kind.label()),
            at, String.join(", ", differing), items(kind));
      }
    }

    /** The checks of one record that is not a duplicate. */
    private void record(Shape shape, int i, Evidence e) {
      EvidenceKind kind = shape.kind;
      for (int k = 0; k < shape.dates.size(); k++) {
        int component = shape.dateAt[k];
        if ((component < 0 ? null : shape.readers[component].apply(e)) instanceof LocalDate d
            && d.getYear() > assessment.getYear()) {
          EvidenceField f = shape.dates.get(k);
          leaveOut(i);
          Location at = Location.pointer("/evidence/" + i + "/" + f.name());
          if (e instanceof ElderMember) {
            add(PlausibilityCheck.JOINED_AFTER_YEAR, at, d.toString(), d.toString(),
                String.valueOf(assessment.getYear()), items(kind));
          } else {
            add(PlausibilityCheck.DATED_AFTER_YEAR, at, d.toString(), words(kind.label()),
                words(f.label()), d.toString(), String.valueOf(assessment.getYear()),
                items(kind));
          }
        }
      }
      if (e instanceof TrainingSession t && t.attendees() == 0
          || e instanceof ThemedActivity a && a.participants() == 0) {
        leaveOut(i);
        String field = e instanceof TrainingSession ? "attendees" : "participants";
        add(PlausibilityCheck.NO_PARTICIPANTS, Location.pointer("/evidence/" + i + "/" + field),
            "0", words(kind.label()), items(kind));
      }
      if (e instanceof TrainingSession t) {
        if (minTrainingHours == null) {
          minTrainingHours = standard.getMinTrainingHours();
        }
        if (t.hours().compareTo(minTrainingHours) < 0) {
          leaveOut(i);
          add(PlausibilityCheck.TRAINING_TOO_SHORT, Location.pointer("/evidence/" + i + "/hours"),
              t.hours().toPlainString(), t.hours().stripTrailingZeros().toPlainString(),
              minTrainingHours.stripTrailingZeros().toPlainString(), items(kind));
        }
      }
    }

    private void workingTeam(List<Evidence> ev) {
      for (int i = 0; i < ev.size(); i++) {
        if (ev.get(i) instanceof Organisation o && !notCounted[i]
            && o.workingTeamElders() > roster) {
          add(PlausibilityCheck.TEAM_ABOVE_ROSTER,
              Location.pointer("/evidence/" + i + "/workingTeamElders"),
              String.valueOf(o.workingTeamElders()), String.valueOf(o.workingTeamElders()),
              String.valueOf(roster), items(EvidenceKinds.of(Organisation.class)));
        }
      }
    }

    private void add(PlausibilityCheck check, Location at, String value, String... args) {
      Problem p = Problem.of(check.code(), at, value, args);
      Severity severity = standard.severityOf(check);
      // the code's own severity needs no second problem (withSeverity would give an equal one)
      problems.add(p.getSeverity() == severity ? p : p.withSeverity(severity));
    }

    private String items(EvidenceKind kind) {
      return touched.getOrDefault(kind.name(), NONE);
    }
  }

  private static Location pointer(int i) {
    return Location.pointer("/evidence/" + i);
  }

  /** A label in both languages, for a message argument that is read in either. */
  private static String words(LocalizedText t) {
    return t.zh().equals(t.en()) ? t.zh() : t.zh() + " · " + t.en();
  }

  /** A value as compared: text stripped, decimals by value, everything else as is. */
  private static Object key(Object v) {
    if (v instanceof String s) {
      return s.strip();
    } else if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    return v == null ? Optional.empty() : v;
  }

  /**
   * What the pre-pass reads of one record type, worked out once per type: its evidence kind, its
   * identifying and date fields, and its components' accessors (reflection's record components
   * are looked up here, not for every record).
   */
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    @SuppressWarnings("unchecked")
    protected Shape computeValue(Class<?> type) {
      return new Shape(EvidenceKinds.of((Class<? extends Evidence>) type));
    }
  };

  /** One record type's kind, fields and accessors. */
  private static final class Shape {
    final EvidenceKind kind;
    /** The component index of each identifying field, in field order; -1 for none. */
    final int[] identityAt;
    final List<EvidenceField> dates;
    /** The component index of each date field, as {@link #dates}; -1 for none. */
    final int[] dateAt;
    final String[] names;
    /** The components' readers, in declaration order. */
    final Function<Object, Object>[] readers;
    private final Map<String, Integer> index = new HashMap<>();

    Shape(EvidenceKind kind) {
      this.kind = kind;
      this.dates = kind.fields().stream().filter(f -> f.type() == EvidenceFieldType.DATE)
          .toList();
      RecordComponent[] components = kind.recordClass().getRecordComponents();
      this.names = new String[components.length];
      this.readers = Accessors.of(kind.recordClass());
      for (int i = 0; i < components.length; i++) {
        names[i] = components[i].getName();
        index.put(names[i], i);
      }
      this.identityAt = kind.identity().stream()
          .mapToInt(f -> index.getOrDefault(f.name(), -1)).toArray();
      this.dateAt = dates.stream().mapToInt(f -> index.getOrDefault(f.name(), -1)).toArray();
    }

    /** A field's value among a record's values; null when the record has no such component. */
    Object get(Object[] values, EvidenceField f) {
      Integer at = index.get(f.name());
      return at == null ? null : values[at];
    }

    /** The values of a record's components, in order, read through the record's accessors. */
    Object[] values(Evidence e) {
      Object[] out = new Object[names.length];
      for (int i = 0; i < names.length; i++) {
        out[i] = readers[i].apply(e);
      }
      return out;
    }
  }
  record Use(Criterion criterion, Set<UnitType> notApplicableTo, String code, DeclaredFact fact) {}

  /**
   * Every read of a declared fact by the standard's rules, in the order the checks walk the tree
   * (depth first, each rule's references in order); computed once per standard.
   *
   * @param standard the standard
   * @return the reads, immutable
   */
  static List<Use> uses(Standard standard) {
    List<Use> out = new ArrayList<>();
    if (!standard.getFacts().isEmpty()) {
      standard.getDimensions().forEach(d -> uses(d, EnumSet.noneOf(UnitType.class), standard,
          out));
    }
    return List.copyOf(out);
  }

  private static void uses(Criterion c, Set<UnitType> above, Standard s, List<Use> out) {
    Set<UnitType> blocked = EnumSet.noneOf(UnitType.class);
    blocked.addAll(above);
    blocked.addAll(c.getNotApplicableTo());
    c.getRule().ifPresent(r -> {
      for (MeasureRef ref : MeasureRegistry.refs(r)) {
        String name = ref.name().value();
        if (name.startsWith(DeclaredFact.MEASURE_PREFIX)) {
          String code = name.substring(DeclaredFact.MEASURE_PREFIX.length());
          s.findFact(code).ifPresent(f -> out.add(new Use(c, Set.copyOf(blocked), code, f)));
        }
      }
    });
    c.getChildren().forEach(k -> uses(k, blocked, s, out));
  }

  /**
   * The checks, with the standard's fact reads worked out before ({@link #uses}).
   *
   * @param standard the standard
   * @param uses its fact reads
   * @param a the assessment
   * @param out where the problems go
   */
  static void checkFacts(Standard standard, List<Use> uses, SelfAssessment a, List<Problem> out) {
    List<Evidence> ev = a.getEvidence();
    Set<String> given = new HashSet<>();
    for (int i = 0; i < ev.size(); i++) {
      if (!(ev.get(i) instanceof FactValue f)) {
        continue;
      }
      String at = "/evidence/" + i;
      Optional<DeclaredFact> fact = standard.findFact(f.code());
      if (fact.isEmpty()) {
        List<String> declared = standard.getFacts().stream().map(DeclaredFact::getCode)
            .toList();
        List<String> close = ClosestNames.closest(f.code(), declared, 3);
        List<String> hint = close.isEmpty() ? declared : close;
        out.add(Problem.of(ProblemCode.FACT_UNDECLARED, Location.pointer(at + "/code"), f.code(),
            f.code(), hint.isEmpty() ? "–" : String.join(", ", hint)));
      } else if (!given.add(f.code())) {
        out.add(Problem.of(ProblemCode.FACT_DUPLICATE, Location.pointer(at), f.code(),
            f.code()));
      } else if (Facts.read(fact.get(), f.value()).isEmpty()) {
        out.add(Problem.of(ProblemCode.FACT_VALUE_INVALID, Location.pointer(at + "/value"),
            f.value(), f.code(), fact.get().getType().name(), f.value(),
            Facts.expected(fact.get())));
      }
    }
    Set<String> reported = new HashSet<>();
    UnitType type = a.getUnit().type();
    for (Use u : uses) {
      if (!u.notApplicableTo().contains(type) && !given.contains(u.code())
          && reported.add(u.code())) {
        Criterion c = u.criterion();
        out.add(Problem.of(ProblemCode.FACT_MISSING,
            Location.pointer("/evidence").withCriterion(c.getCode()), u.code(),
            c.getCode().toString(), u.code(), u.fact().getTitle().en(),
            u.fact().getTitle().zh()));
      }
    }
  }
}
