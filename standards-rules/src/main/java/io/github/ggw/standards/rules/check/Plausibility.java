package io.github.ggw.standards.rules.check;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.PlausibilityCheck;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.github.ggw.standards.rules.internal.Accessors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Function;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plausibility pre-pass over a self-assessment's evidence (佐证合理性预检): which records
 * count, and a located problem for each that does not or that deserves a look. Scoring and the
 * assessment checks both run it, through {@link AssessmentChecker#screen}; measures then see only
 * the records that count.
 *
 * <p>The checks, in the order reported for each record ({@link PlausibilityCheck}; each
 * finding's severity is the standard's {@link Standard#severityOf}):
 *
 * <ul>
 *   <li>a record whose identifying fields ({@link EvidenceKind#identity()}) equal an earlier
 *       record's: a repeat when every other field is equal too ({@code EVIDENCE_REPEATED}, counted
 *       once), else a contradiction ({@code EVIDENCE_CONTRADICTORY}, the later one not counted).
 *       Text is compared with surrounding spaces stripped, decimals by value. A kind without
 *       identifying fields (organisation) is left to the assessment checks;
 *   <li>any date field of the record after the assessment year: {@code ELDER_JOINED_AFTER_YEAR}
 *       for an elder's joining date, {@code EVIDENCE_AFTER_YEAR} for every other (a training
 *       held, a care carrier started, a designation conferred later); not counted. Dates before
 *       the year are the assessment checks' {@code EVIDENCE_OUTSIDE_YEAR} where they matter;
 *   <li>a training with 0 attendees or an activity with 0 participants: {@code
 *       EVIDENCE_NO_PARTICIPANTS}, not counted;
 *   <li>a training shorter than the standard's {@link Standard#getMinTrainingHours()}: {@code
 *       TRAINING_TOO_SHORT}, not counted;
 *   <li>the organisation's working-team elders above the roster's counted entries: {@code
 *       WORKING_TEAM_ABOVE_ROSTER} at {@code /evidence/N/workingTeamElders}; every record still
 *       counts;
 *   <li>the unit's district code starting with none of the standard's {@link
 *       Standard#getJurisdiction()} prefixes (none declared: no check): {@code
 *       UNIT_OUTSIDE_JURISDICTION} at {@code /unit/district}.
 * </ul>
 *
 * <p>Each finding about a record names, as its last message argument, the items it touches: the
 * standard's items whose rules read a measure of that record's kind (in tree order; {@code —}
 * when none). A record that is not counted never raises a measure that counts records, so adding
 * copies of evidence never raises a score. The rules and their source: docs/scoring.md,
 * "Plausible evidence"; the design brief's "Trust" section. Stateless and thread-safe.
 */
public final class Plausibility {
  private static final String NONE = "—";

  private Plausibility() {}

  /**
   * What the pre-pass found.
   *
   * @param counted the evidence that counts, in input order, a sublist of the assessment's
   * @param notCounted the indices (into the assessment's evidence) of the records left out,
   *     ascending
   * @param problems the findings, in input order of the records (the jurisdiction first), each
   *     with the severity the standard gives its check
   */
  public record Outcome(List<Evidence> counted, List<Integer> notCounted, List<Problem> problems) {
    /**
     * Copies the lists.
     *
     * @param counted the {@code counted} component, as described on the record
     * @param notCounted the {@code notCounted} component, as described on the record
     * @param problems the {@code problems} component, as described on the record
     */
    public Outcome {
      counted = List.copyOf(counted);
      notCounted = List.copyOf(notCounted);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Runs the pre-pass.
   *
   * @param standard the standard, not null: its plausibility severities, minimum training hours,
   *     jurisdiction, and the items each evidence kind touches
   * @param assessment the assessment, not null
   * @param measures the measures the standard's rules name, not null: which evidence kind each
   *     reads (a measure the registry does not know touches nothing)
   * @return the outcome, never null
   */
  public static Outcome check(Standard standard, SelfAssessment assessment,
      MeasureRegistry measures) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(measures, "measures");
    return check(standard, assessment, touched(standard, measures));
  }

  /**
   * Runs the pre-pass with the items each evidence kind touches worked out before ({@link
   * #touched}, once per standard).
   *
   * @param standard the standard
   * @param assessment the assessment
   * @param touched by kind name, the items its measures are read by
   * @return the outcome
   */
  static Outcome check(Standard standard, SelfAssessment assessment,
      Map<String, List<CriterionCode>> touched) {
    return check(standard, assessment, itemsText(touched));
  }

  /**
   * Runs the pre-pass with the items each evidence kind touches written out before ({@link
   * #itemsText}, once per standard).
   *
   * @param standard the standard
   * @param assessment the assessment
   * @param items by kind name, the items its measures are read by, as a finding names them
   * @return the outcome
   */
  static Outcome check(Standard standard, SelfAssessment assessment, TouchedText items) {
    return new Run(standard, assessment, items).run();
  }

  /**
   * By kind name, the items a finding about a record of the kind names: the codes joined with
   * {@code ", "}, in tree order. Immutable.
   *
   * @param byKind the texts by kind name; a kind not in it touches no item
   */
  record TouchedText(Map<String, String> byKind) {
    TouchedText {
      byKind = Map.copyOf(byKind);
    }
  }

  /**
   * The items each kind touches, written out as findings name them ({@link #touched}).
   *
   * @param touched by kind name, the item codes in tree order
   * @return the texts
   */
  static TouchedText itemsText(Map<String, List<CriterionCode>> touched) {
    Map<String, String> out = new HashMap<>();
    touched.forEach((kind, codes) -> {
      if (!codes.isEmpty()) {
        out.put(kind, codes.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      }
    });
    return new TouchedText(out);
  }

  /**
   * The items of a standard each evidence kind touches: the leaves (and veto items) whose rules
   * read a measure of that kind.
   *
   * @param standard the standard
   * @param measures the registry
   * @return by kind name, the item codes in tree order
   */
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
    private final TouchedText touched;
    private final List<Problem> problems = new ArrayList<>();
    /** Whether each record (by its index in the evidence) is left out. */
    private boolean[] notCounted;
    /** The number of records left out. */
    private int left;
    /** The roster's counted entries (elder records that count). */
    private long roster;
    /** The standard's minimum training hours, read once per call. */
    private BigDecimal minTrainingHours;

    Run(Standard standard, SelfAssessment assessment, TouchedText touched) {
      this.standard = standard;
      this.assessment = assessment;
      this.touched = touched;
    }

    Outcome run() {
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
      return new Outcome(counted, out, problems);
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
      return touched.byKind().getOrDefault(kind.name(), NONE);
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
}
