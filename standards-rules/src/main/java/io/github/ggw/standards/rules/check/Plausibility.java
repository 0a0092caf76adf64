package io.github.ggw.standards.rules.check;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.rules.internal.EvidenceRecords;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.assessment.SelfAssessment;
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
import io.github.ggw.standards.model.problem.ProblemCode;
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
import java.util.ArrayList;
import java.util.Arrays;
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
     * Copies the lists into immutable ones; an immutable Guava list of the evidence (the
     * assessment's own, when every record counts) is kept as it is.
     *
     * @param counted the {@code counted} component, as described on the record
     * @param notCounted the {@code notCounted} component, as described on the record
     * @param problems the {@code problems} component, as described on the record
     * @throws NullPointerException if a list is null or holds a null
     */
    public Outcome {
      counted = counted instanceof ImmutableList<Evidence> kept ? kept : List.copyOf(counted);
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
   * Runs the pre-pass and, in the same pass, the assessment checks of the evidence.
   *
   * @param standard the standard
   * @param assessment the assessment
   * @param items by kind name, the items its measures are read by, as a finding names them
   * @param evidenceChecks where the assessment checks' findings about the evidence go, in input
   *     order: {@code EVIDENCE_CONFLICT} at the second organisation record and {@code
   *     EVIDENCE_OUTSIDE_YEAR} for a record whose {@link Evidence#dated()} date lies before the
   *     year
   * @return the outcome, and in {@link Screen#facts} whether fact records were seen
   */
  static Screen screen(Standard standard, SelfAssessment assessment, TouchedText items,
      List<Problem> evidenceChecks) {
    Run run = new Run(standard, assessment, items);
    Outcome outcome = run.run(evidenceChecks);
    return new Screen(outcome, run.facts);
  }

  /**
   * The pre-pass's outcome for the screening, with the number of fact records seen.
   *
   * @param outcome the outcome
   * @param facts the number of {@code fact} records in the evidence
   */
  record Screen(Outcome outcome, int facts) {}

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

  /**
   * One pass over the evidence: working state confined to a call. Each record's kind is read
   * once ({@link EvidenceRecords#kindOf}), its identity looked up in an open-addressing table of first
   * indices ({@link Identities}) instead of a map keyed by lists, and its dates read through its
   * own accessors; the assessment checks' findings about the evidence (a second organisation, a
   * date before the year) are made in the same pass when asked for.
   */
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
    /** The number of fact records seen. */
    int facts;

    Run(Standard standard, SelfAssessment assessment, TouchedText touched) {
      this.standard = standard;
      this.assessment = assessment;
      this.touched = touched;
    }

    Outcome run() {
      return run(null);
    }

    /**
     * The pass.
     *
     * @param evidenceChecks where the assessment checks' findings about the evidence go, in
     *     input order ({@code EVIDENCE_CONFLICT} at the second organisation, {@code
     *     EVIDENCE_OUTSIDE_YEAR} for a record dated before the year); null to skip them
     * @return the outcome
     */
    Outcome run(List<Problem> evidenceChecks) {
      jurisdiction();
      List<Evidence> ev = assessment.getEvidence();
      int n = ev.size();
      int year = assessment.getYear();
      notCounted = new boolean[n];
      Identities identities = null;
      int organisations = 0;
      int[] organisationAt = null;
      for (int i = 0; i < n; i++) {
        Evidence e = ev.get(i);
        int k = EvidenceRecords.kindOf(e);
        Shape shape = SHAPES[k];
        if (k == EvidenceRecords.ORGANISATION) {
          if (organisationAt == null) {
            organisationAt = new int[2];
          } else if (organisations == organisationAt.length) {
            organisationAt = Arrays.copyOf(organisationAt, organisations * 2);
          }
          organisationAt[organisations++] = i;
          if (evidenceChecks != null && organisations == 2) {
            evidenceChecks.add(Problem.of(ProblemCode.EVIDENCE_CONFLICT,
                Location.pointer("/evidence/" + i), "organisation", "organisation"));
          }
        } else if (k == EvidenceRecords.FACT) {
          facts++;
        }
        if (evidenceChecks != null && shape.datedAt >= 0
            && RecordComponents.component(e, k, shape.datedAt) instanceof LocalDate d
            && d.getYear() < year) {
          evidenceChecks.add(Problem.of(ProblemCode.EVIDENCE_OUTSIDE_YEAR,
              Location.pointer("/evidence/" + i), String.valueOf(d), String.valueOf(d),
              String.valueOf(year)));
        }
        if (shape.identityAt.length > 0) {
          if (identities == null) {
            identities = new Identities(ev);
          }
          int first = identities.firstOrAdd(i, e, k, shape);
          if (first >= 0) {
            duplicate(shape, k, i, first, shape.values(e, k),
                shape.values(ev.get(first), k));
            continue;
          }
        }
        record(shape, k, i, e, year);
        // a record's counting is settled once it has been looked at: the roster is counted here
        if (k == EvidenceRecords.ELDER && !notCounted[i]) {
          roster++;
        }
      }
      for (int o = 0; o < organisations; o++) {
        int i = organisationAt[o];
        Organisation org = (Organisation) ev.get(i);
        if (!notCounted[i] && org.workingTeamElders() > roster) {
          add(PlausibilityCheck.TEAM_ABOVE_ROSTER,
              Location.pointer("/evidence/" + i + "/workingTeamElders"),
              String.valueOf(org.workingTeamElders()), String.valueOf(org.workingTeamElders()),
              String.valueOf(roster), items(SHAPES[EvidenceRecords.ORGANISATION].kind));
        }
      }
      List<Evidence> counted;
      List<Integer> out;
      if (left == 0) {
        counted = ev;
        out = List.of();
      } else {
        counted = new ArrayList<>(n - left);
        out = new ArrayList<>(left);
        for (int i = 0; i < n; i++) {
          if (notCounted[i]) {
            out.add(i);
          } else {
            counted.add(ev.get(i));
          }
        }
      }
      return new Outcome(counted, out, problems.isEmpty() ? List.of() : problems);
    }

    private void leaveOut(int i) {
      if (!notCounted[i]) {
        notCounted[i] = true;
        left++;
      }
    }

    private void jurisdiction() {
      List<String> prefixes = standard.getJurisdiction();
      if (prefixes.isEmpty()) {
        return;
      }
      String district = assessment.getUnit().district().value();
      for (int i = 0; i < prefixes.size(); i++) {
        if (district.startsWith(prefixes.get(i))) {
          return;
        }
      }
      add(PlausibilityCheck.OUTSIDE_JURISDICTION, Location.pointer("/unit/district"), district,
          district, String.join(", ", prefixes));
    }

    private void duplicate(Shape shape, int k, int i, int first, Object[] values,
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
    private void record(Shape shape, int k, int i, Evidence e, int year) {
      EvidenceKind kind = shape.kind;
      for (int d = 0; d < shape.dateAt.length; d++) {
        int component = shape.dateAt[d];
        if ((component < 0 ? null : RecordComponents.component(e, k, component)) instanceof LocalDate date
            && date.getYear() > year) {
          EvidenceField f = shape.dates.get(d);
          leaveOut(i);
          Location at = Location.pointer("/evidence/" + i + "/" + f.name());
          if (k == EvidenceRecords.ELDER) {
            add(PlausibilityCheck.JOINED_AFTER_YEAR, at, date.toString(), date.toString(),
                String.valueOf(year), items(kind));
          } else {
            add(PlausibilityCheck.DATED_AFTER_YEAR, at, date.toString(), words(kind.label()),
                words(f.label()), date.toString(), String.valueOf(year), items(kind));
          }
        }
      }
      if (k == EvidenceRecords.TRAINING) {
        TrainingSession t = (TrainingSession) e;
        if (t.attendees() == 0) {
          leaveOut(i);
          add(PlausibilityCheck.NO_PARTICIPANTS, Location.pointer("/evidence/" + i
              + "/attendees"), "0", words(kind.label()), items(kind));
        }
        if (minTrainingHours == null) {
          minTrainingHours = standard.getMinTrainingHours();
        }
        if (t.hours().compareTo(minTrainingHours) < 0) {
          leaveOut(i);
          add(PlausibilityCheck.TRAINING_TOO_SHORT, Location.pointer("/evidence/" + i + "/hours"),
              t.hours().toPlainString(), t.hours().stripTrailingZeros().toPlainString(),
              minTrainingHours.stripTrailingZeros().toPlainString(), items(kind));
        }
      } else if (k == EvidenceRecords.ACTIVITY && ((ThemedActivity) e).participants() == 0) {
        leaveOut(i);
        add(PlausibilityCheck.NO_PARTICIPANTS, Location.pointer("/evidence/" + i
            + "/participants"), "0", words(kind.label()), items(kind));
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

  /**
   * The records seen so far by identity ({@link EvidenceKind#identity()}), for finding the first
   * record with the same identity as a later one: an open-addressing table of record indices
   * with their hashes, compared exactly ({@link #sameIdentity}) on a hash hit, as a map keyed by
   * the list of kind and normalised identifying values would.
   *
   * <p>The hash first leaves out the text of kinds identified by other fields too (a training's
   * topic beside its kind and date), so that the text is read only when two records agree on
   * the rest; should many records agree on the rest (more exact comparisons fail than a few per
   * record), the table is rebuilt once with the text in the hash, so that the pass stays linear.
   */
  static final class Identities {
    private final List<Evidence> ev;
    /** Record index + 1 per slot; 0 for an empty slot. */
    private int[] slots;
    private int[] hashes;
    /** Whether text fields are in every hash. */
    private boolean withText;
    /** The exact comparisons that failed so far, against {@link #budget}. */
    private int misses;
    private final int budget;

    Identities(List<Evidence> ev) {
      this.ev = ev;
      int capacity = Integer.highestOneBit(Math.max(8, ev.size() * 2 - 1)) * 2;
      this.slots = new int[capacity];
      this.hashes = new int[capacity];
      this.budget = 4 * ev.size() + 32;
    }

    /**
     * The first earlier record with the identity of record {@code i}; else records {@code i}.
     *
     * @param i the record's index
     * @param e the record
     * @param k its kind number
     * @param shape its shape
     * @return the earlier record's index, or -1 when there is none (and {@code i} is added)
     */
    int firstOrAdd(int i, Evidence e, int k, Shape shape) {
      int h = hash(e, k, shape, withText);
      int mask = slots.length - 1;
      for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
        int at = slots[s];
        if (at == 0) {
          slots[s] = i + 1;
          hashes[s] = h;
          return -1;
        }
        if (hashes[s] == h) {
          Evidence other = ev.get(at - 1);
          if (EvidenceRecords.kindOf(other) == k && sameIdentity(e, other, k, shape)) {
            return at - 1;
          }
          if (!withText && ++misses > budget) {
            rehashWithText();
            return firstOrAdd(i, e, k, shape);
          }
        }
      }
    }

    /** Whether the table was rebuilt with text in every hash. */
    boolean withText() {
      return withText;
    }

    /** Puts every record of the table back with its text in the hash. */
    private void rehashWithText() {
      withText = true;
      int[] old = slots;
      slots = new int[old.length];
      hashes = new int[old.length];
      int mask = slots.length - 1;
      for (int at : old) {
        if (at != 0) {
          Evidence e = ev.get(at - 1);
          int k = EvidenceRecords.kindOf(e);
          int h = hash(e, k, SHAPES[k], true);
          int s = mix(h) & mask;
          while (slots[s] != 0) {
            s = (s + 1) & mask;
          }
          slots[s] = at;
          hashes[s] = h;
        }
      }
    }

    private static int mix(int h) {
      return (h ^ (h >>> 16)) * 0x9E3779B1;
    }

    /** The hash of a record's kind and identifying values, as {@link #key} normalises them. */
    static int hash(Evidence e, int k, Shape shape, boolean withText) {
      int h = k;
      for (int c = 0; c < shape.identityAt.length; c++) {
        if (shape.textIdentity[c] && !withText && !shape.onlyText) {
          continue;
        }
        int at = shape.identityAt[c];
        h = 31 * h + keyHash(at < 0 ? null : RecordComponents.component(e, k, at));
      }
      return h;
    }

    /** Whether two records of one kind have equal identifying values ({@link #key}). */
    static boolean sameIdentity(Evidence a, Evidence b, int k, Shape shape) {
      for (int c = 0; c < shape.identityAt.length; c++) {
        int at = shape.identityAt[c];
        if (at >= 0 && !sameKey(RecordComponents.component(a, k, at), RecordComponents.component(b, k, at))) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@code key(v).hashCode()} without building the key when nothing is to be stripped. */
  private static int keyHash(Object v) {
    if (v instanceof String s) {
      return s.strip().hashCode();
    } else if (v instanceof BigDecimal) {
      return key(v).hashCode();
    }
    return v == null ? 0 : v.hashCode();
  }

  /** {@code key(a).equals(key(b))}, without building keys for text or decimals. */
  private static boolean sameKey(Object a, Object b) {
    if (a instanceof String s) {
      return b instanceof String t && s.strip().equals(t.strip());
    } else if (a instanceof BigDecimal d) {
      return b instanceof BigDecimal x && d.compareTo(x) == 0;
    }
    return a == null ? b == null : a.equals(b);
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

  /** What the pre-pass reads of each kind, by kind number ({@link EvidenceRecords#kindOf}). */
  static final Shape[] SHAPES = new Shape[EvidenceRecords.KINDS];

  static {
    List<EvidenceKind> all = EvidenceKinds.all();
    for (int k = 0; k < EvidenceRecords.KINDS; k++) {
      SHAPES[k] = new Shape(all.get(k));
    }
  }

  /**
   * What the pre-pass reads of one kind, worked out once: its identifying and date fields and
   * the date that places a record in a year ({@link EvidenceKind#dateField()}, what {@link
   * Evidence#dated()} gives), as component positions.
   */
  static final class Shape {
    final EvidenceKind kind;
    /** The component index of each identifying field, in field order; -1 for none. */
    final int[] identityAt;
    /** Whether each identifying field is text. */
    final boolean[] textIdentity;
    /** Whether every identifying field is text (then text is always in the hash). */
    final boolean onlyText;
    final List<EvidenceField> dates;
    /** The component index of each date field, as {@link #dates}; -1 for none. */
    final int[] dateAt;
    /** The component index of the date that places a record in a year; -1 for none. */
    final int datedAt;
    private final int components;
    private final Map<String, Integer> index = new HashMap<>();

    Shape(EvidenceKind kind) {
      this.kind = kind;
      this.dates = kind.fields().stream().filter(f -> f.type() == EvidenceFieldType.DATE)
          .toList();
      RecordComponent[] parts = kind.recordClass().getRecordComponents();
      this.components = parts.length;
      for (int i = 0; i < parts.length; i++) {
        index.put(parts[i].getName(), i);
      }
      List<EvidenceField> identity = kind.identity();
      this.identityAt = identity.stream().mapToInt(f -> index.getOrDefault(f.name(), -1))
          .toArray();
      this.textIdentity = new boolean[identityAt.length];
      boolean allText = identityAt.length > 0;
      for (int i = 0; i < identityAt.length; i++) {
        textIdentity[i] = identityAt[i] >= 0 && parts[identityAt[i]].getType() == String.class;
        allText &= textIdentity[i];
      }
      this.onlyText = allText;
      this.dateAt = dates.stream().mapToInt(f -> index.getOrDefault(f.name(), -1)).toArray();
      this.datedAt = kind.dateField().map(f -> index.getOrDefault(f, -1)).orElse(-1);
    }

    /** A field's value among a record's values; null when the record has no such component. */
    Object get(Object[] values, EvidenceField f) {
      Integer at = index.get(f.name());
      return at == null ? null : values[at];
    }

    /** The values of a record's components, in order. */
    Object[] values(Evidence e, int k) {
      Object[] out = new Object[components];
      for (int i = 0; i < components; i++) {
        out[i] = RecordComponents.component(e, k, i);
      }
      return out;
    }
  }
}
