package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.PlausibilityCheck;
import io.github.ggw.standards.model.standard.PlausibilitySeverity;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.testkit.synthetic.SyntheticAssessments;
import io.github.ggw.standards.testkit.synthetic.SyntheticStandards;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The prepared screening before scoring ({@link AssessmentChecker.Screening#screen}: claim
 * checks, evidence checks, fact checks and the plausibility pre-pass in one pass over the
 * evidence) gives exactly what the straightforward screening kept in the tests ({@link
 * ScreeningReference}: a pass per check, identities as list keys of a hash map) gives: the same
 * problems in the same order (code, severity, location, offending value and arguments), the
 * same evidence counted and left out, the same plausibility findings. Over generated standards
 * and assessments with planted faults (repeats, repeats with padded text or trailing zeros,
 * contradictions, dates after and before the year, no participants, short trainings, several
 * organisations, a working team above the roster, fact values undeclared or repeated, claims
 * missing, repeated, unknown, not applicable, off the grid, above the maximum, out of order,
 * another standard, version, year, unit type or district), over the synthetic sheets the
 * benchmark uses, over every bundled sample and over the corpus of hostile self-assessments.
 */
class ScreeningEquivalenceProperties {
  private static final MeasureRegistry MEASURES = MeasureRegistry.builtIn();
  private static final StandardsJson JSON = StandardsJson.create();

  /** A standard and an assessment with planted faults, drawn from one seed. */
  record Case(Standard standard, SelfAssessment assessment) {}

  private static Gen<Case> cases(StandardOptions options) {
    Gen<Standard> standards = Generators.standards(options);
    return in -> {
      Standard s = tuned(standards.generate(in), new SplittableRandom(
          Generators.between(in, 0, Integer.MAX_VALUE)));
      SelfAssessment a = Generators.assessments(s).generate(in);
      long seed = Generators.between(in, 0, Integer.MAX_VALUE);
      return new Case(s, Faults.plant(s, a, new SplittableRandom(seed)));
    };
  }

  /** Sometimes a jurisdiction, a higher minimum of training hours, other severities. */
  static Standard tuned(Standard s, SplittableRandom r) {
    ImmutableStandard out = ImmutableStandard.copyOf(s);
    if (r.nextInt(3) == 0) {
      out = out.withJurisdiction(r.nextBoolean() ? List.of("3204") : List.of("11", "320412"));
    }
    if (r.nextInt(3) == 0) {
      out = out.withMinTrainingHours(new BigDecimal(r.nextBoolean() ? "1.5" : "2.00"));
    }
    if (r.nextInt(3) == 0) {
      List<PlausibilitySeverity> severities = new ArrayList<>();
      for (PlausibilityCheck c : PlausibilityCheck.values()) {
        if (r.nextBoolean()) {
          severities.add(new PlausibilitySeverity(c, Severity.values()[r.nextInt(
              Severity.values().length)]));
        }
      }
      out = out.withPlausibility(severities);
    }
    return out;
  }

  /** Compares the prepared screening with the reference for one assessment. */
  static void same(Standard standard, SelfAssessment a) {
    same(AssessmentChecker.prepare(standard, MEASURES), new ScreeningReference(standard,
        MEASURES), a);
  }

  static void same(AssessmentChecker.Screening screening, ScreeningReference reference,
      SelfAssessment a) {
    AssessmentChecker.Screened got = screening.screen(a);
    ScreeningReference.Found want = reference.screen(a);
    assertThat(got.problems()).as("problems").containsExactlyElementsOf(want.problems());
    assertThat(got.plausibility().problems()).as("plausibility")
        .containsExactlyElementsOf(want.plausibility());
    assertThat(got.plausibility().counted()).as("counted")
        .containsExactlyElementsOf(want.counted());
    assertThat(got.plausibility().notCounted()).as("not counted")
        .containsExactlyElementsOf(want.notCounted());
    if (want.notCounted().isEmpty()) {
      assertThat(got.counted()).as("the same assessment when all counts").isSameAs(a);
    } else {
      assertThat(got.counted().getEvidence()).containsExactlyElementsOf(want.counted());
      assertThat(ImmutableSelfAssessment.copyOf(got.counted()).withEvidence(a.getEvidence()))
          .isEqualTo(ImmutableSelfAssessment.copyOf(a));
    }
    // the one-shot form and check() agree with the prepared one
    assertThat(AssessmentChecker.check(reference.standard(), a))
        .containsExactlyElementsOf(want.problems());
    // the form that says which claim each item was matched with gives the same problems, and
    // by claimable item (tree order, a code at its first item) the position of the first claim
    // that names its code, worked out here by a plain search
    int[] at = new int[screening.claimableCount()];
    Arrays.fill(at, 7);
    AssessmentChecker.Screened matched = screening.screen(a, at);
    assertThat(matched.problems()).as("problems with matches")
        .containsExactlyElementsOf(want.problems());
    List<CriterionCode> codes = reference.standard().getAllCriteria()
        .filter(AssessmentChecker::isClaimable).map(Criterion::getCode).distinct().toList();
    int[] first = new int[codes.size()];
    for (int k = 0; k < codes.size(); k++) {
      first[k] = -1;
      for (int i = 0; i < a.getClaims().size(); i++) {
        if (a.getClaims().get(i).code().equals(codes.get(k))) {
          first[k] = i;
          break;
        }
      }
    }
    assertThat(at).as("claim matched with each item").containsExactly(first);
  }

  @Test
  void matchesAreAskedForWithAnArrayOfOnePlacePerClaimableItem() {
    Standard s = ReferenceData.changzhouStandard();
    AssessmentChecker.Screening screening = AssessmentChecker.prepare(s, MEASURES);
    SelfAssessment a = JSON.readAssessment(ReferenceData.sample("01-excellent-primary.json"))
        .orElseThrow();
    // the bundled standard's claimable items: its leaves that are not veto items, as many as
    // sample 01 (a valid assessment of a primary school, to which every item applies) claims
    long leaves = s.getAllCriteria().filter(AssessmentChecker::isClaimable).count();
    assertThat(screening.claimableCount()).isEqualTo((int) leaves);
    assertThat(a.getClaims()).hasSize((int) leaves);
    assertThatThrownBy(
        () -> screening.screen(a, new int[screening.claimableCount() + 1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> screening.screen(a, null))
        .isInstanceOf(NullPointerException.class).hasMessage("claimAt");
    int[] at = new int[screening.claimableCount()];
    assertThat(screening.screen(a, at).problems()).noneMatch(p -> p.isError());
    // a valid assessment: every claim matched, each with one item
    assertThat(Arrays.stream(at).sorted().toArray())
        .containsExactly(IntStream.range(0, (int) leaves).toArray());
  }

  @Test
  void generatedAssessmentsWithPlantedFaults() {
    qt().withExamples(600).forAll(cases(StandardOptions.defaults()))
        .checkAssert(c -> same(c.standard(), c.assessment()));
  }

  @Test
  void plantedFaultsAreFound() {
    // the faults really are planted: over a few seeds, every kind of finding turns up
    Standard s = ReferenceData.changzhouStandard();
    SelfAssessment base = JSON.readAssessment(ReferenceData.sample("01-excellent-primary.json"))
        .orElseThrow();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int seed = 0; seed < 300; seed++) {
      SelfAssessment a = Faults.plant(s, base, new SplittableRandom(seed));
      same(s, a);
      AssessmentChecker.screen(s, a, MEASURES).problems()
          .forEach(p -> seen.add(p.getCode().name()));
    }
    assertThat(seen).contains("EVIDENCE_REPEATED", "EVIDENCE_CONTRADICTORY",
        "EVIDENCE_AFTER_YEAR", "ELDER_JOINED_AFTER_YEAR", "EVIDENCE_OUTSIDE_YEAR",
        "EVIDENCE_NO_PARTICIPANTS", "TRAINING_TOO_SHORT", "EVIDENCE_CONFLICT",
        "WORKING_TEAM_ABOVE_ROSTER", "CLAIM_MISSING", "CLAIM_DUPLICATE", "CLAIM_UNKNOWN_CODE",
        "CLAIM_NOT_APPLICABLE", "CLAIM_OFF_STEP", "CLAIM_ABOVE_MAX",
        "CLAIM_DEFICIENCIES_NOT_COUNTED", "ASSESSMENT_WRONG_STANDARD",
        "ASSESSMENT_WRONG_VERSION", "ASSESSMENT_YEAR_OUTSIDE_VALIDITY",
        "FACT_UNDECLARED");
  }

  @Test
  void bundledSamplesWithAndWithoutFaults() {
    Standard s = ReferenceData.changzhouStandard();
    AssessmentChecker.Screening screening = AssessmentChecker.prepare(s, MEASURES);
    ScreeningReference reference = new ScreeningReference(s, MEASURES);
    for (String name : ReferenceData.sampleNames()) {
      SelfAssessment a = JSON.readAssessment(ReferenceData.sample(name)).orElseThrow();
      same(screening, reference, a);
      for (int seed = 0; seed < 40; seed++) {
        same(screening, reference, Faults.plant(s, a, new SplittableRandom(seed)));
      }
    }
  }

  @Test
  void syntheticSheetsOfTheBenchmark() {
    for (int n : new int[] {15, 60, 240}) {
      Standard s = SyntheticStandards.withCriteria(n);
      AssessmentChecker.Screening screening = AssessmentChecker.prepare(s, MEASURES);
      ScreeningReference reference = new ScreeningReference(s, MEASURES);
      SyntheticAssessments g = SyntheticAssessments.of(s, 7, 2022);
      for (int i = 0; i < 24; i++) {
        SelfAssessment a = g.get(i);
        same(screening, reference, a);
        same(screening, reference, Faults.plant(s, a, new SplittableRandom(i)));
      }
    }
  }

  @Test
  void corpusOfHostileAssessments() throws IOException {
    Path corpus = Path.of("..", "standards-json", "src", "test", "resources", "corpus");
    assertThat(corpus).isDirectory();
    Standard s = ReferenceData.changzhouStandard();
    int read = 0;
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.sorted().toList()) {
        var result = JSON.readAssessment(Files.readAllBytes(f));
        if (result.isValid()) {
          same(s, result.orElseThrow());
          read++;
        }
      }
    }
    assertThat(read).as("corpus files that bind").isPositive();
  }

  @Test
  void manyRecordsAgreeingOnAllButTheirText() {
    // 300 activities of one kind and date with different titles (the identity hash leaves the
    // title out at first, so they all agree until the table is rebuilt with text), then
    // repeats and contradictions of some of them, padded, in between and after
    Standard s = ReferenceData.changzhouStandard();
    SelfAssessment base = JSON.readAssessment(ReferenceData.sample("01-excellent-primary.json"))
        .orElseThrow();
    LocalDate day = LocalDate.of(base.getYear(), 5, 4);
    for (int seed = 0; seed < 6; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      List<Evidence> ev = new ArrayList<>(base.getEvidence());
      List<ThemedActivity> made = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        ThemedActivity a = new ThemedActivity(io.github.ggw.standards.model.evidence.ActivityKind
            .LECTURE, day, io.github.ggw.standards.model.evidence.Level.SCHOOL, 30,
            io.github.ggw.standards.model.evidence.Award.NONE, "讲座第" + i + "场");
        made.add(a);
        ev.add(a);
        if (r.nextInt(10) == 0) {
          ThemedActivity earlier = made.get(r.nextInt(made.size()));
          ev.add(r.nextBoolean() ? Faults.padded(earlier)
              : new ThemedActivity(earlier.kind(), day, earlier.level(), 31, earlier.award(),
                  earlier.title() + " "));
        }
      }
      for (int i = 0; i < 20; i++) {
        ev.add(made.get(r.nextInt(made.size())));
      }
      same(s, ImmutableSelfAssessment.copyOf(base).withEvidence(ev));
    }
  }

  /** Planted faults: each drawn with its own chance, several at once. */
  static final class Faults {
    private Faults() {}

    static SelfAssessment plant(Standard s, SelfAssessment a, SplittableRandom r) {
      List<Evidence> ev = new ArrayList<>(a.getEvidence());
      List<Claim> claims = new ArrayList<>(a.getClaims());
      int year = a.getYear();
      int faults = 1 + r.nextInt(6);
      for (int f = 0; f < faults; f++) {
        switch (r.nextInt(23)) {
          case 0 -> copy(ev, r, e -> e);
          case 1 -> copy(ev, r, e -> padded(e));
          case 2 -> copy(ev, r, e -> changed(e, r));
          case 3 -> copy(ev, r, e -> rescaled(e));
          case 4 -> redate(ev, r, year + 1 + r.nextInt(3));
          case 5 -> redate(ev, r, year - 1 - r.nextInt(3));
          case 6 -> zero(ev, r);
          case 7 -> shortTraining(ev, r);
          case 8 -> ev.add(r.nextInt(ev.size() + 1), new Organisation(r.nextBoolean(),
              r.nextInt(20), r.nextInt(40), true, false, BigDecimal.valueOf(r.nextInt(9000)),
              r.nextBoolean()));
          case 9 -> bigTeam(ev);
          case 10 -> ev.add(r.nextInt(ev.size() + 1), FactValue.of(r.nextBoolean()
              ? "no.such.fact" : "unit.pupils", BigDecimal.valueOf(r.nextInt(5))));
          case 11 -> {
            if (!claims.isEmpty()) {
              claims.remove(r.nextInt(claims.size()));
            }
          }
          case 12 -> {
            if (!claims.isEmpty()) {
              claims.add(r.nextInt(claims.size() + 1), claims.get(r.nextInt(claims.size())));
            }
          }
          case 13 -> claims.add(r.nextInt(claims.size() + 1), new Claim(
              CriterionCode.of("9." + r.nextInt(20)), Points.of(1), ""));
          case 14 -> notApplicableClaim(s, a.getUnit().type(), claims, r);
          case 15 -> claimPoints(claims, r, "0.1");
          case 16 -> claimPoints(claims, r, "100");
          case 17 -> Collections.shuffle(claims, new java.util.Random(r.nextLong()));
          case 18 -> Collections.shuffle(ev, new java.util.Random(r.nextLong()));
          case 19 -> {
            if (!claims.isEmpty()) {
              int i = r.nextInt(claims.size());
              Claim c = claims.get(i);
              claims.set(i, new Claim(c.code(), c.points(), c.narrative(),
                  DeficiencyCounts.of(List.of(new DeficiencyCounts.Count("x" + r.nextInt(3),
                      1 + r.nextInt(3)))), true));
            }
          }
          case 20 -> copy(ev, r, e -> changed(padded(e), r));
          case 21 -> nearGrid(s, claims, r);
          default -> {
            // the assessment's own fields
            ImmutableSelfAssessment x = ImmutableSelfAssessment.copyOf(a);
            a = switch (r.nextInt(5)) {
              case 0 -> x.withStandardId(StandardId.of("other-standard"));
              case 1 -> x.withStandardVersion(StandardVersion.of("9.9"));
              case 2 -> x.withYear(r.nextBoolean() ? 1999 : 2099);
              case 3 -> x.withUnit(new Unit(a.getUnit().id(), a.getUnit().name(),
                  UnitType.values()[r.nextInt(UnitType.values().length)],
                  a.getUnit().district()));
              default -> x.withUnit(new Unit(a.getUnit().id(), a.getUnit().name(),
                  a.getUnit().type(), DistrictCode.of(r.nextBoolean() ? "110105" : "320481")));
            };
          }
        }
      }
      return ImmutableSelfAssessment.copyOf(a).withEvidence(ev).withClaims(claims);
    }

    private static void copy(List<Evidence> ev, SplittableRandom r,
        java.util.function.UnaryOperator<Evidence> how) {
      if (ev.isEmpty()) {
        return;
      }
      Evidence e = ev.get(r.nextInt(ev.size()));
      Evidence copy = how.apply(e);
      if (copy != null) {
        ev.add(r.nextInt(ev.size() + 1), copy);
      }
    }

    /** The record with its text fields padded with spaces. */
    static Evidence padded(Evidence e) {
      return rebuilt(e, (c, v) -> v instanceof String s ? "  " + s + " \t" : v);
    }

    /** The record with its decimals written with more zeros ({@code 2} as {@code 2.000}). */
    private static Evidence rescaled(Evidence e) {
      return rebuilt(e, (c, v) -> v instanceof BigDecimal d ? d.setScale(d.scale() + 3) : v);
    }

    /** The record with one component changed (identifying or not). */
    private static Evidence changed(Evidence e, SplittableRandom r) {
      if (e == null) {
        return null;
      }
      int n = e.getClass().getRecordComponents().length;
      int which = r.nextInt(n);
      return rebuilt(e, (c, v) -> c != which || v == null ? v : other(v));
    }

    private static Object other(Object v) {
      if (v instanceof Integer i) {
        return i + 1;
      } else if (v instanceof BigDecimal d) {
        return d.add(BigDecimal.ONE);
      } else if (v instanceof Boolean b) {
        return !b;
      } else if (v instanceof Enum<?> x) {
        Object[] all = x.getDeclaringClass().getEnumConstants();
        return all[(x.ordinal() + 1) % all.length];
      } else if (v instanceof LocalDate d) {
        return d.plusDays(1);
      } else if (v instanceof String s) {
        return s.isEmpty() ? "另" : s + "二";
      }
      return v;
    }

    private static void redate(List<Evidence> ev, SplittableRandom r, int year) {
      if (ev.isEmpty()) {
        return;
      }
      int i = r.nextInt(ev.size());
      Evidence e = rebuilt(ev.get(i), (c, v) -> v instanceof LocalDate d ? d.withYear(year) : v);
      if (e != null) {
        ev.set(i, e);
      }
    }

    private static void zero(List<Evidence> ev, SplittableRandom r) {
      for (int i = 0; i < ev.size(); i++) {
        if (ev.get(i) instanceof TrainingSession t && r.nextBoolean()) {
          ev.set(i, new TrainingSession(t.kind(), t.date(), t.hours(), 0, t.topic()));
          return;
        }
        if (ev.get(i) instanceof ThemedActivity a && r.nextBoolean()) {
          ev.set(i, new ThemedActivity(a.kind(), a.date(), a.level(), 0, a.award(), a.title()));
          return;
        }
      }
    }

    private static void shortTraining(List<Evidence> ev, SplittableRandom r) {
      for (int i = 0; i < ev.size(); i++) {
        if (ev.get(i) instanceof TrainingSession t) {
          ev.set(i, new TrainingSession(t.kind(), t.date(),
              new BigDecimal(r.nextBoolean() ? "0.25" : "1.50"), t.attendees(), t.topic()));
          return;
        }
      }
    }

    private static void bigTeam(List<Evidence> ev) {
      for (int i = 0; i < ev.size(); i++) {
        if (ev.get(i) instanceof Organisation o) {
          ev.set(i, new Organisation(o.chairIsUnitHead(), o.members(), 400, o.hasOffice(),
              o.hasActivityRoom(), o.annualFundingYuan(), o.inAnnualPlan()));
          return;
        }
      }
    }

    private static void notApplicableClaim(Standard s, UnitType type, List<Claim> claims,
        SplittableRandom r) {
      List<Criterion> na = s.getAllCriteria().filter(AssessmentChecker::isClaimable)
          .filter(c -> c.isNotApplicableTo(type)).toList();
      if (na.isEmpty()) {
        // another type's claims: some of them are not applicable to this one
        na = s.getAllCriteria().filter(AssessmentChecker::isClaimable).toList();
      }
      Criterion c = na.get(r.nextInt(na.size()));
      claims.add(r.nextInt(claims.size() + 1), new Claim(c.getCode(), Points.ZERO, ""));
    }

    /**
     * A claim's points moved to a point of its item's grid written with trailing zeros, next to
     * one (a millionth of a step off), at the maximum, a hair (10^-10 or less) above or below
     * it, or anywhere in [0, max] by tenths.
     */
    private static void nearGrid(Standard s, List<Claim> claims, SplittableRandom r) {
      if (claims.isEmpty()) {
        return;
      }
      int i = r.nextInt(claims.size());
      Claim c = claims.get(i);
      Criterion item = s.find(c.code()).orElse(null);
      if (item == null || !c.pointsGiven()) {
        return;
      }
      BigDecimal step = s.stepOf(item);
      BigDecimal max = item.getMaxPoints().toBigDecimal();
      long k = max.divide(step, 0, java.math.RoundingMode.FLOOR).longValueExact();
      BigDecimal on = step.multiply(BigDecimal.valueOf(k == 0 ? 0 : r.nextLong(k + 1)));
      BigDecimal hair = BigDecimal.ONE.movePointLeft(max.scale() + 10 + r.nextInt(8));
      BigDecimal v = switch (r.nextInt(6)) {
        case 0 -> on.setScale(on.scale() + 1 + r.nextInt(4));
        case 1 -> on.add(step.movePointLeft(6)).min(max);
        case 2 -> max;
        // a hair above or below the maximum
        case 3 -> max.add(hair);
        case 4 -> max.subtract(hair).max(BigDecimal.ZERO);
        default -> max.multiply(BigDecimal.valueOf(r.nextInt(11))).movePointLeft(1);
      };
      claims.set(i, new Claim(c.code(), Points.of(v), c.narrative(), c.deficiencies(), true));
    }

    private static void claimPoints(List<Claim> claims, SplittableRandom r, String add) {
      if (claims.isEmpty()) {
        return;
      }
      int i = r.nextInt(claims.size());
      Claim c = claims.get(i);
      if (c.pointsGiven()) {
        claims.set(i, new Claim(c.code(), c.points().plus(Points.of(new BigDecimal(add))),
            c.narrative(), c.deficiencies(), true));
      }
    }

    /** What a component becomes: its index and value in, the new value out. */
    interface Change {
      Object apply(int component, Object value);
    }

    /** A record rebuilt through its canonical constructor; null when it refuses the values. */
    static Evidence rebuilt(Evidence e, Change change) {
      if (e == null) {
        return null;
      }
      RecordComponent[] parts = e.getClass().getRecordComponents();
      Object[] values = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      try {
        for (int i = 0; i < parts.length; i++) {
          types[i] = parts[i].getType();
          values[i] = change.apply(i, parts[i].getAccessor().invoke(e));
        }
        Constructor<?> ctor = e.getClass().getDeclaredConstructor(types);
        return (Evidence) ctor.newInstance(values);
      } catch (InvocationTargetException refused) {
        return null;
      } catch (ReflectiveOperationException x) {
        throw new IllegalStateException(x);
      }
    }
  }
}
