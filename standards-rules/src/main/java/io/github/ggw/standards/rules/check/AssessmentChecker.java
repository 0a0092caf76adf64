package io.github.ggw.standards.rules.check;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.util.Objects;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.Steps;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.internal.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks of a self-assessment against its standard (自评材料核验), returning every problem at
 * once: the standard and version answered, the year, the unit type, and exactly one valid claim
 * per applicable scored item (none missing, duplicated, unknown, not applicable, off the step
 * grid or above the maximum; for a discretionary deduction, a deduction inside the declared range
 * with a written reason in the narrative); evidence dated before the year is a warning; and the
 * plausibility pre-pass over the evidence ({@link Plausibility}: repeats, contradictions, records
 * dated after the year, trainings and activities no one attended, trainings too short, a working
 * team larger than the roster, a unit outside the standard's jurisdiction).
 *
 * <p>Locations are JSON pointers into the assessment's own shape ({@code /claims/3/points}) plus
 * the criterion code, so a JSON reader can add lines and columns. The rules: see docs/scoring.md,
 * “Claims and computed figures”.
 */
public final class AssessmentChecker {
  private AssessmentChecker() {}

  /**
   * Checks an assessment.
   *
   * @param standard the standard, not null
   * @param assessment the assessment, not null
   * @return the problems, errors first then warnings, each group in input order; empty when all
   *     is well
   */
  public static List<Problem> check(Standard standard, SelfAssessment assessment) {
    return screen(standard, assessment, MeasureRegistry.builtIn()).problems();
  }

  /**
   * What the checks found, and the assessment as it is scored.
   *
   * @param problems the problems, errors first then warnings, each group in input order
   * @param counted the assessment with only the evidence that counts ({@link Plausibility}); the
   *     same object when every record counts
   * @param plausibility the plausibility pre-pass's outcome (its problems are among {@code
   *     problems})
   */
  public record Screened(List<Problem> problems, SelfAssessment counted,
      Plausibility.Outcome plausibility) {
    /**
     * Checks and copies the components.
     *
     * @param problems the {@code problems} component, as described on the record
     * @param counted the {@code counted} component, as described on the record
     * @param plausibility the {@code plausibility} component, as described on the record
     */
    public Screened {
      problems = List.copyOf(problems);
      Objects.requireNonNull(counted, "counted");
      Objects.requireNonNull(plausibility, "plausibility");
    }
  }

  /**
   * Checks an assessment and runs the plausibility pre-pass once: the one place both scoring and
   * {@link #check} take their problems and the evidence that counts from.
   *
   * @param standard the standard, not null
   * @param assessment the assessment, not null
   * @param measures the measures the standard's rules name (which items a plausibility finding
   *     touches), not null
   * @return the problems and the assessment to score
   */
  public static Screened screen(Standard standard, SelfAssessment assessment,
      MeasureRegistry measures) {
    return prepare(standard, measures).screen(assessment);
  }

  /**
   * Prepares the checks of one standard, for checking many assessments against it: what depends
   * on the standard only (its claimable items with their step grids, the items each evidence kind
   * touches, the items that read declared facts) is worked out here once. The scorer keeps one
   * per standard with its scoring plan.
   *
   * @param standard the standard, not null
   * @param measures the measures the standard's rules name, not null
   * @return the prepared checks; immutable and thread-safe
   */
  public static Screening prepare(Standard standard, MeasureRegistry measures) {
    return new Screening(Objects.requireNonNull(standard, "standard"),
        Objects.requireNonNull(measures, "measures"));
  }

  /**
   * The checks of one standard, prepared ({@link #prepare}): {@link #screen(SelfAssessment)}
   * gives exactly what {@link AssessmentChecker#screen(Standard, SelfAssessment, MeasureRegistry)}
   * gives for the same standard and measures, without redoing the per-standard work. Immutable
   * and thread-safe.
   */
  public static final class Screening {
    private final Standard standard;
    /** The claimable items in tree order, by code, each with its step grid. */
    private final Map<CriterionCode, Claimable> claimable;
    /** The claimable items in tree order (by their index). */
    private final Claimable[] inTreeOrder;
    private final Plausibility.TouchedText touched;
    private final List<FactChecks.Use> factUses;
    /** The first and last year in force ({@link Standard#isInForce}), read once. */
    private final int fromYear;
    private final int untilYear;
    /** By unit type (ordinal): whether the standard covers it, and its claimable items. */
    private final boolean[] covered;
    private final ForType[] byType;

    private Screening(Standard standard, MeasureRegistry measures) {
      this.standard = standard;
      Map<CriterionCode, Claimable> items = new LinkedHashMap<>();
      standard.getAllCriteria().filter(AssessmentChecker::isClaimable)
          .forEach(c -> items.put(c.getCode(), new Claimable(c, Steps.of(standard, c),
              items.containsKey(c.getCode()) ? items.get(c.getCode()).index() : items.size())));
      this.claimable = Collections.unmodifiableMap(items);
      this.inTreeOrder = items.values().toArray(new Claimable[0]);
      this.touched = Plausibility.itemsText(Plausibility.touched(standard, measures));
      this.factUses = FactChecks.uses(standard);
      this.fromYear = standard.getEffectiveFrom().getYear();
      this.untilYear = standard.getValidUntil().map(LocalDate::getYear).orElse(Integer.MAX_VALUE);
      UnitType[] types = UnitType.values();
      this.covered = new boolean[types.length];
      this.byType = new ForType[types.length];
      for (UnitType t : types) {
        covered[t.ordinal()] = standard.getApplicableUnitTypes().contains(t);
        byType[t.ordinal()] = new ForType(inTreeOrder, t);
      }
    }

    /**
     * Checks an assessment and runs the plausibility pre-pass once.
     *
     * @param assessment the assessment, not null
     * @return the problems and the assessment to score, as {@link AssessmentChecker#screen}
     *     gives them
     */
    public Screened screen(SelfAssessment assessment) {
      return screen(assessment, new int[inTreeOrder.length]);
    }

    /**
     * The number of claimable items ({@link AssessmentChecker#isClaimable}) of the standard,
     * counted once per code: the length {@link #screen(SelfAssessment, int[])} needs.
     *
     * @return the count, 0 or more
     */
    public int claimableCount() {
      return inTreeOrder.length;
    }

    /**
     * Checks an assessment and runs the plausibility pre-pass once, as {@link
     * #screen(SelfAssessment)} does, and says which claim each claimable item was matched with,
     * so that a caller (the scorer) need not match the claims again.
     *
     * <p>The claimable items are numbered in tree order ({@link Standard#getAllCriteria()}
     * filtered by {@link AssessmentChecker#isClaimable}), a code counted at its first item. When
     * the problems hold no error, every claim names a different item that applies to the unit,
     * and every item that applies has one: {@code claimAt} then matches every claim.
     *
     * @param assessment the assessment, not null
     * @param claimAt filled with, by item number, the position in {@link
     *     SelfAssessment#getClaims()} of the first claim that names the item's code, or -1 where
     *     no claim does (a claim of an unknown code names no item); not null, of length {@link
     *     #claimableCount()}; what it held before is overwritten
     * @return the problems and the assessment to score, as {@link #screen(SelfAssessment)}
     *     gives them
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if {@code claimAt} has another length
     */
    public Screened screen(SelfAssessment assessment, int[] claimAt) {
      Objects.requireNonNull(assessment, "assessment");
      Objects.requireNonNull(claimAt, "claimAt");
      if (claimAt.length != inTreeOrder.length) {
        throw new IllegalArgumentException("claimAt has " + claimAt.length
            + " places for " + inTreeOrder.length + " claimable items");
      }
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
      int year = assessment.getYear();
      if (year < fromYear || year > untilYear) {
        out.add(Problem.of(ProblemCode.ASSESSMENT_YEAR_OUTSIDE_VALIDITY, Location.pointer("/year"),
            String.valueOf(assessment.getYear()), String.valueOf(assessment.getYear()), String.valueOf(standard.getEffectiveFrom()),
            String.valueOf(standard.getValidUntil().map(Object::toString).orElse("-"))));
      }
      if (!covered[assessment.getUnit().type().ordinal()]) {
        out.add(Problem.of(ProblemCode.ASSESSMENT_UNIT_TYPE_NOT_COVERED,
            Location.pointer("/unit/type"), String.valueOf(assessment.getUnit().type()),
            String.valueOf(assessment.getUnit().type()), String.valueOf(standard.getApplicableUnitTypes()),
            io.github.ggw.standards.model.Labels.of(assessment.getUnit().type()).zh(),
            standard.getApplicableUnitTypes().stream()
                .map(t -> io.github.ggw.standards.model.Labels.of(t).zh())
                .collect(java.util.stream.Collectors.joining("、"))));
      }
      checkClaims(claimable, inTreeOrder, byType[assessment.getUnit().type().ordinal()],
          assessment, claimAt, out);
      // the evidence checks are made in the plausibility pass; their findings come first
      List<Problem> evidence = new ArrayList<>();
      Plausibility.Screen plausibility = Plausibility.screen(standard, assessment, touched,
          evidence);
      Plausibility.Outcome plausible = plausibility.outcome();
      out.addAll(evidence);
      if (plausibility.facts() > 0 || !factUses.isEmpty()) {
        FactChecks.check(standard, factUses, assessment, out);
      }
      out.addAll(plausible.problems());
      SelfAssessment counted = plausible.notCounted().isEmpty() ? assessment
          : ImmutableSelfAssessment.copyOf(assessment).withEvidence(plausible.counted());
      return new Screened(errorsFirst(out), counted, plausible);
    }
  }

  /** The problems, errors first then the rest, each group in its order. */
  private static List<Problem> errorsFirst(List<Problem> out) {
    int errors = 0;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).isError()) {
        errors++;
      }
    }
    if (errors == 0 || errors == out.size()) {
      return out;
    }
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
    return sorted;
  }

  /**
   * The claimable items as one unit type sees them, worked out once per standard: which are not
   * applicable to it (by claimable index), and the applicable ones in tree order, in which
   * claims usually come.
   */
  private static final class ForType {
    /** By claimable index: whether the item does not apply to the type. */
    final boolean[] notApplicable;
    /** The claimable indices of the applicable items, in tree order. */
    final int[] order;
    /** By claimable index: its position in {@link #order}; -1 when not applicable. */
    final int[] position;

    ForType(Claimable[] items, UnitType type) {
      notApplicable = new boolean[items.length];
      position = new int[items.length];
      int[] in = new int[items.length];
      int n = 0;
      for (Claimable item : items) {
        int x = item.index();
        notApplicable[x] = item.criterion().isNotApplicableTo(type);
        position[x] = notApplicable[x] ? -1 : n;
        if (!notApplicable[x]) {
          in[n++] = x;
        }
      }
      order = Arrays.copyOf(in, n);
    }
  }

  /**
   * A claimable item: its number in tree order among the claimable items, its step grid, and its
   * rule and maximum, read once.
   */
  private record Claimable(Criterion criterion, Steps grid, int index, ScoringRule rule,
      Points max, String code, BigDecimal[] onGrid, double step, double belowMax) {
    Claimable(Criterion criterion, Steps grid, int index) {
      this(criterion, grid, index, criterion.getRule().orElse(null), criterion.getMaxPoints(),
          criterion.getCode().value(), onGrid(criterion, grid.step()),
          grid.step().doubleValue(),
          criterion.getMaxPoints().toBigDecimal().doubleValue() * (1 - 1e-9));
    }

    /**
     * Whether points lie above the maximum: {@code value.compareTo(max) > 0}, answered without
     * comparing decimals of different scales when the value, as a double, lies clearly below
     * the maximum (a double of a normal magnitude is within a relative 2^-53 of the decimal, and
     * {@link #belowMax} is the maximum less a relative 10^-9).
     *
     * @param value the points, not negative
     * @return whether the value exceeds the maximum
     */
    boolean isAboveMax(BigDecimal value) {
      if (value.signum() == 0) {
        return false;
      }
      double d = value.doubleValue();
      if (d >= 1e-300 && d <= belowMax) {
        return false;
      }
      return value.compareTo(max.toBigDecimal()) > 0;
    }

    /**
     * The points on the item's grid up to its maximum, {@code k × step} for {@code k} from 0,
     * when there are at most {@value #GRID} of them and the rule is checked against its grid;
     * else null.
     */
    private static BigDecimal[] onGrid(Criterion c, BigDecimal step) {
      ScoringRule rule = c.getRule().orElse(null);
      if (step.signum() <= 0 || rule instanceof CountedDeduction
          || rule instanceof DiscretionaryDeduction) {
        return null;
      }
      BigDecimal steps = c.getMaxPoints().toBigDecimal().divide(step, 0, RoundingMode.FLOOR);
      if (steps.compareTo(BigDecimal.valueOf(GRID - 1)) > 0) {
        return null;
      }
      BigDecimal[] out = new BigDecimal[steps.intValueExact() + 1];
      for (int k = 0; k < out.length; k++) {
        // as the readers write points: no trailing zeros, and no negative scale (10, not 1E+1)
        BigDecimal p = step.multiply(BigDecimal.valueOf(k)).stripTrailingZeros();
        out[k] = p.scale() < 0 ? p.setScale(0) : p;
      }
      return out;
    }

    /**
     * Whether points at most the maximum lie on the grid: {@code Exact.isMultipleOf(value,
     * step)}, answered from the grid's points when the nearest one (by floating point, then
     * compared exactly) is equal, else by {@code Exact} itself.
     *
     * @param value the points, {@code 0 <= value <= max}
     * @return whether {@code value} is a multiple of the step
     */
    boolean isOnGrid(BigDecimal value) {
      if (onGrid != null) {
        double q = value.doubleValue() / step;
        if (q >= 0 && q < onGrid.length) {
          long k = Math.round(q);
          if (k < onGrid.length && (value.equals(onGrid[(int) k])
              || value.compareTo(onGrid[(int) k]) == 0)) {
            return true;
          }
        }
      }
      return Exact.isMultipleOf(value, grid.step());
    }
  }

  /** The most points on a grid kept per item ({@link Claimable#onGrid}). */
  private static final int GRID = 4096;

  /**
   * Whether an item takes a claim: a leaf that is not a veto item.
   *
   * @param c the criterion
   * @return true for scored leaves
   */
  public static boolean isClaimable(Criterion c) {
    return c.isLeaf() && c.getKind() != CriterionKind.VETO;
  }

  private static void checkClaims(Map<CriterionCode, Claimable> claimable,
      Claimable[] inTreeOrder, ForType forType, SelfAssessment a, int[] claimAt,
      List<Problem> out) {
    // the claimable items are numbered in tree order (Claimable.index): by number, the position
    // of the first claim that names it (the item is seen), else -1
    Arrays.fill(claimAt, -1);
    boolean[] notApplicable = forType.notApplicable;
    int[] order = forType.order;
    UnitType type = a.getUnit().type();
    List<Claim> claims = a.getClaims();
    // claims usually come in tree order of the items applicable to the unit: the item after the
    // last one found is tried before the map (codes compared by their text, which is what a
    // code is; the codes of the claimable items are distinct, so either way finds the same item)
    int next = 0;
    int n = claims.size();
    // the claims' points first, in a loop of independent reads: an assessment's claims and
    // their points lie apart in memory, and reading them all ahead lets the reads overlap
    // instead of each waiting in the checks below
    BigDecimal[] values = new BigDecimal[n];
    int scales = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal v = claims.get(i).points().toBigDecimal();
      values[i] = v;
      scales |= v.scale();
    }
    for (int i = 0; i < n; i++) {
      Claim claim = claims.get(i);
      Claimable item;
      if (next < order.length
          && (item = inTreeOrder[order[next]]).code().equals(claim.code().value())) {
        next++;
      } else {
        item = claimable.get(claim.code());
        if (item != null && forType.position[item.index()] >= 0) {
          next = forType.position[item.index()] + 1;
        }
      }
      if (item == null) {
        out.add(Problem.of(ProblemCode.CLAIM_UNKNOWN_CODE, Location.pointer(at(i) + "/code"),
            String.valueOf(claim.code()), String.valueOf(claim.code())));
        continue;
      }
      Criterion c = item.criterion();
      if (claimAt[item.index()] >= 0) {
        out.add(Problem.of(ProblemCode.CLAIM_DUPLICATE,
            Location.pointer(at(i) + "/code").withCriterion(c.getCode()),
            String.valueOf(claim.code()), String.valueOf(claim.code())));
        continue;
      }
      claimAt[item.index()] = i;
      if (notApplicable[item.index()]) {
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
      DeficiencyCounts deficiencies = claim.deficiencies();
      if (deficiencies != DeficiencyCounts.NONE && !deficiencies.isEmpty()) {
        out.add(Problem.of(ProblemCode.CLAIM_DEFICIENCIES_NOT_COUNTED,
            Location.pointer(at(i) + "/deficiencies").withCriterion(c.getCode()),
            claim.deficiencies().toString(), c.getCode().toString(),
            claim.deficiencies().toString()));
        continue;
      }
      Steps grid = item.grid();
      BigDecimal step = grid.step();
      Points points = claim.points();
      BigDecimal value = values[i];
      if (item.isAboveMax(value)) {
        out.add(Problem.of(ProblemCode.CLAIM_ABOVE_MAX, points(at(i), c),
            String.valueOf(points), String.valueOf(claim.code()), String.valueOf(points),
            String.valueOf(c.getMaxPoints())));
      } else if (rule instanceof DiscretionaryDeduction d) {
        checkDiscretionary(c, d, claim, at(i), out);
      } else if (!item.isOnGrid(value)) {
        out.add(Problem.of(ProblemCode.CLAIM_OFF_STEP, points(at(i), c), String.valueOf(points),
            String.valueOf(claim.code()), String.valueOf(points),
            String.valueOf(step.stripTrailingZeros().toPlainString()),
            String.join(", ", grid.nearest(points, c.getMaxPoints())), grid.source().en(),
            grid.source().zh()));
      }
    }
    for (int x = 0; x < inTreeOrder.length; x++) {
      if (claimAt[x] < 0 && !notApplicable[x]) {
        Criterion c = inTreeOrder[x].criterion();
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
}
