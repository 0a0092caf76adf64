package io.github.ggw.standards.rules.check;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference copy of {@code AssessmentChecker} for the differential test, as it was before
 * the checks were prepared per standard.
 *
 * <p>The checks of a self-assessment against its standard (自评材料核验), returning every problem at
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
public final class ReferenceAssessmentChecker {
  private ReferenceAssessmentChecker() {}

  /**
   * Checks an assessment.
   *
   * @param standard the standard, not null
   * @param assessment the assessment, not null
   * @return the problems, errors first then warnings, each group in input order; empty when all
   *     is well
   */
  static List<Problem> check(Standard standard, SelfAssessment assessment) {
    return screen(standard, assessment, MeasureRegistry.builtIn()).problems();
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
  public static AssessmentChecker.Screened screen(Standard standard, SelfAssessment assessment,
      MeasureRegistry measures) {
    List<Problem> out = new ArrayList<>();
    if (!standard.getId().equals(assessment.getStandardId())) {
      out.add(Problem.of(ProblemCode.ASSESSMENT_WRONG_STANDARD, Location.pointer("/standardId"),
          String.valueOf(assessment.getStandardId()), String.valueOf(assessment.getStandardId()), String.valueOf(standard.getId())));
    } else if (!standard.getVersion().equals(assessment.getStandardVersion())) {
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
          // the unit types' labels for the zh message, added with the zh labels
          io.github.ggw.standards.model.Labels.of(assessment.getUnit().type()).zh(),
          standard.getApplicableUnitTypes().stream()
              .map(t -> io.github.ggw.standards.model.Labels.of(t).zh())
              .collect(java.util.stream.Collectors.joining("、"))));
    }
    checkClaims(standard, assessment, out);
    checkEvidence(assessment, out);
    ReferenceFactChecks.check(standard, assessment, out);
    Plausibility.Outcome plausible = ReferencePlausibility.check(standard, assessment, measures);
    out.addAll(plausible.problems());
    List<Problem> sorted = new ArrayList<>(out.stream().filter(Problem::isError).toList());
    out.stream().filter(p -> !p.isError()).forEach(sorted::add);
    SelfAssessment counted = plausible.notCounted().isEmpty() ? assessment
        : ImmutableSelfAssessment.copyOf(assessment).withEvidence(plausible.counted());
    return new AssessmentChecker.Screened(sorted, counted, plausible);
  }

  /**
   * Whether an item takes a claim: a leaf that is not a veto item.
   *
   * @param c the criterion
   * @return true for scored leaves
   */
  public static boolean isClaimable(Criterion c) {
    return c.isLeaf() && c.getKind() != CriterionKind.VETO;
  }

  private static void checkClaims(Standard s, SelfAssessment a, List<Problem> out) {
    Map<CriterionCode, Criterion> claimable = new LinkedHashMap<>();
    s.getAllCriteria().filter(ReferenceAssessmentChecker::isClaimable)
        .forEach(c -> claimable.put(c.getCode(), c));
    Set<CriterionCode> seen = new HashSet<>();
    List<Claim> claims = a.getClaims();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String at = "/claims/" + i;
      Criterion c = claimable.get(claim.code());
      if (c == null) {
        out.add(Problem.of(ProblemCode.CLAIM_UNKNOWN_CODE, Location.pointer(at + "/code"),
            String.valueOf(claim.code()), String.valueOf(claim.code())));
        continue;
      }
      Location loc = Location.pointer(at + "/points").withCriterion(c.getCode());
      if (!seen.add(claim.code())) {
        out.add(Problem.of(ProblemCode.CLAIM_DUPLICATE,
            Location.pointer(at + "/code").withCriterion(c.getCode()), String.valueOf(claim.code()),
            String.valueOf(claim.code())));
        continue;
      }
      if (c.isNotApplicableTo(a.getUnit().type())) {
        out.add(Problem.of(ProblemCode.CLAIM_NOT_APPLICABLE,
            Location.pointer(at + "/code").withCriterion(c.getCode()), String.valueOf(claim.code()),
            String.valueOf(claim.code()), String.valueOf(a.getUnit().type()),
            io.github.ggw.standards.model.Labels.of(a.getUnit().type()).zh()));
        continue;
      }
      if (c.getRule().orElse(null) instanceof CountedDeduction counted) {
        checkCounted(c, counted, claim, at, out);
        continue;
      }
      if (!claim.deficiencies().isEmpty()) {
        out.add(Problem.of(ProblemCode.CLAIM_DEFICIENCIES_NOT_COUNTED,
            Location.pointer(at + "/deficiencies").withCriterion(c.getCode()),
            claim.deficiencies().toString(), c.getCode().toString(),
            claim.deficiencies().toString()));
        continue;
      }
      Steps grid = Steps.of(s, c);
      BigDecimal step = grid.step();
      if (claim.points().compareTo(c.getMaxPoints()) > 0) {
        out.add(Problem.of(ProblemCode.CLAIM_ABOVE_MAX, loc, String.valueOf(claim.points()), String.valueOf(claim.code()),
            String.valueOf(claim.points()), String.valueOf(c.getMaxPoints())));
      } else if (c.getRule().orElse(null) instanceof DiscretionaryDeduction d) {
        checkDiscretionary(c, d, claim, loc, out);
      } else if (!claim.points().isMultipleOf(step)) {
        out.add(Problem.of(ProblemCode.CLAIM_OFF_STEP, loc, String.valueOf(claim.points()), String.valueOf(claim.code()),
            String.valueOf(claim.points()), String.valueOf(step.stripTrailingZeros().toPlainString()),
            String.join(", ", grid.nearest(claim.points(), c.getMaxPoints())), grid.source().en(),
            grid.source().zh()));
      }
    }
    claimable.values().stream()
        .filter(c -> !c.isNotApplicableTo(a.getUnit().type()) && !seen.contains(c.getCode()))
        .forEach(c -> out.add(Problem.of(ProblemCode.CLAIM_MISSING,
            Location.pointer("/claims").withCriterion(c.getCode()), String.valueOf(c.getCode()), String.valueOf(c.getCode()))));
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

  /** A discretionary deduction: in range on its step, and with a written reason. */
  private static void checkDiscretionary(Criterion c, DiscretionaryDeduction d, Claim claim,
      Location loc, List<Problem> out) {
    if (!d.allows(c.getMaxPoints(), claim.points())) {
      out.add(Problem.of(ProblemCode.CLAIM_OUTSIDE_RANGE, loc, claim.points().toString(),
          c.getCode().toString(), claim.points().toString(), c.getMaxPoints().toString(),
          d.minDeduction().toString(), d.maxDeduction().toString(),
          d.step().stripTrailingZeros().toPlainString()));
    } else if (claim.points().compareTo(c.getMaxPoints()) < 0 && claim.narrative().isBlank()) {
      out.add(Problem.of(ProblemCode.CLAIM_REASON_MISSING,
          loc.withCriterion(c.getCode()), claim.points().toString(), c.getCode().toString(),
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
}
