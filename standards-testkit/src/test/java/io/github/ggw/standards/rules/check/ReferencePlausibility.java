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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The reference copy of {@code Plausibility} for the differential test, as it was before its
 * record accessors and touched items were prepared.
 *
 * <p>The plausibility pre-pass over a self-assessment's evidence (佐证合理性预检): which records
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
final class ReferencePlausibility {
  private static final String NONE = "—";

  private ReferencePlausibility() {}

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
  static Plausibility.Outcome check(Standard standard, SelfAssessment assessment,
      MeasureRegistry measures) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(measures, "measures");
    return new Run(standard, assessment, touched(standard, measures)).run();
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
    private final Map<String, List<CriterionCode>> touched;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Integer> notCounted = new TreeSet<>();

    Run(Standard standard, SelfAssessment assessment, Map<String, List<CriterionCode>> touched) {
      this.standard = standard;
      this.assessment = assessment;
      this.touched = touched;
    }

    Plausibility.Outcome run() {
      jurisdiction();
      List<Evidence> ev = assessment.getEvidence();
      Map<List<Object>, Integer> firstByIdentity = new HashMap<>();
      for (int i = 0; i < ev.size(); i++) {
        Evidence e = ev.get(i);
        EvidenceKind kind = EvidenceKinds.of(e);
        Map<String, Object> values = values(kind, e);
        if (!kind.identity().isEmpty()) {
          List<Object> identity = new ArrayList<>();
          identity.add(kind.name());
          kind.identity().forEach(f -> identity.add(key(values.get(f.name()))));
          Integer first = firstByIdentity.putIfAbsent(identity, i);
          if (first != null) {
            duplicate(kind, i, first, values, values(kind, ev.get(first)));
            continue;
          }
        }
        record(kind, i, e, values);
      }
      workingTeam(ev);
      List<Evidence> counted = new ArrayList<>();
      for (int i = 0; i < ev.size(); i++) {
        if (!notCounted.contains(i)) {
          counted.add(ev.get(i));
        }
      }
      return new Plausibility.Outcome(counted, new ArrayList<>(notCounted), problems);
    }

    private void jurisdiction() {
      List<String> prefixes = standard.getJurisdiction();
      String district = assessment.getUnit().district().value();
      if (!prefixes.isEmpty() && prefixes.stream().noneMatch(district::startsWith)) {
        add(PlausibilityCheck.OUTSIDE_JURISDICTION, Location.pointer("/unit/district"), district,
            district, String.join(", ", prefixes));
      }
    }

    private void duplicate(EvidenceKind kind, int i, int first, Map<String, Object> values,
        Map<String, Object> firstValues) {
      List<String> differing = kind.fields().stream().filter(f -> !f.identifying())
          .filter(f -> !key(values.get(f.name())).equals(key(firstValues.get(f.name()))))
          .map(f -> words(f.label())).toList();
      notCounted.add(i);
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
    private void record(EvidenceKind kind, int i, Evidence e, Map<String, Object> values) {
      for (EvidenceField f : kind.fields()) {
        if (f.type() == EvidenceFieldType.DATE && values.get(f.name()) instanceof LocalDate d
            && d.getYear() > assessment.getYear()) {
          notCounted.add(i);
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
        notCounted.add(i);
        String field = e instanceof TrainingSession ? "attendees" : "participants";
        add(PlausibilityCheck.NO_PARTICIPANTS, Location.pointer("/evidence/" + i + "/" + field),
            "0", words(kind.label()), items(kind));
      }
      if (e instanceof TrainingSession t
          && t.hours().compareTo(standard.getMinTrainingHours()) < 0) {
        notCounted.add(i);
        add(PlausibilityCheck.TRAINING_TOO_SHORT, Location.pointer("/evidence/" + i + "/hours"),
            t.hours().toPlainString(), t.hours().stripTrailingZeros().toPlainString(),
            standard.getMinTrainingHours().stripTrailingZeros().toPlainString(), items(kind));
      }
    }

    private void workingTeam(List<Evidence> ev) {
      long roster = 0;
      for (int i = 0; i < ev.size(); i++) {
        if (ev.get(i) instanceof ElderMember && !notCounted.contains(i)) {
          roster++;
        }
      }
      for (int i = 0; i < ev.size(); i++) {
        if (ev.get(i) instanceof Organisation o && !notCounted.contains(i)
            && o.workingTeamElders() > roster) {
          add(PlausibilityCheck.TEAM_ABOVE_ROSTER,
              Location.pointer("/evidence/" + i + "/workingTeamElders"),
              String.valueOf(o.workingTeamElders()), String.valueOf(o.workingTeamElders()),
              String.valueOf(roster), items(EvidenceKinds.of(Organisation.class)));
        }
      }
    }

    private void add(PlausibilityCheck check, Location at, String value, String... args) {
      problems.add(Problem.of(check.code(), at, value, args)
          .withSeverity(standard.severityOf(check)));
    }

    private String items(EvidenceKind kind) {
      List<CriterionCode> codes = touched.getOrDefault(kind.name(), List.of());
      return codes.isEmpty() ? NONE
          : codes.stream().map(String::valueOf).collect(Collectors.joining(", "));
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

  /** The values of a record's fields by name, read through the record's accessors. */
  private static Map<String, Object> values(EvidenceKind kind, Evidence e) {
    Map<String, Object> out = new HashMap<>();
    for (RecordComponent rc : kind.recordClass().getRecordComponents()) {
      try {
        out.put(rc.getName(), rc.getAccessor().invoke(e));
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException("cannot read " + rc.getName() + " of " + kind, ex);
      }
    }
    return out;
  }
}
