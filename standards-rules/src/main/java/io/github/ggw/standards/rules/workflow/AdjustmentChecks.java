package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.Steps;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.workflow.Reasons;
import io.github.ggw.standards.model.workflow.StageScore;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.check.PersonalDataScanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checks of reviewers' and approvers' adjustments and reasons (调整分与理由核验): an adjusted
 * item is a claimable judgement item (or, for deficiency counts, a counted-deduction item) that
 * applies to the unit, adjusted once per stage, to a
 * value in {@code [0, max]} on the rule's step and different from the previous stage's, with a
 * reason; every reason is non-blank, at most 500 characters and holds no personal number (which
 * is refused without being repeated). Each broken rule raises {@link RefusedTransitionException}
 * with its {@link RefusalCode}. Immutable.
 */
final class AdjustmentChecks {
  private final Map<CriterionCode, Criterion> claimable = new LinkedHashMap<>();
  private final Standard standard;

  /**
   * The checks for a standard.
   *
   * @param standard the standard, not null
   */
  AdjustmentChecks(Standard standard) {
    this.standard = standard;
    standard.getAllCriteria().filter(AssessmentChecker::isClaimable)
        .forEach(c -> claimable.put(c.getCode(), c));
  }

  /**
   * Checks adjustments against the previous stage and records them as changes.
   *
   * @param a the assessment under review
   * @param previous the previous stage's score, which holds every claimable item's points
   * @param adjustments the adjustments, in order, not null
   * @return one change per adjustment, in order, with the points before and after
   * @throws RefusedTransitionException {@code REASON_REQUIRED}, {@code
   *     PERSONAL_DATA_IN_REASON}, {@code ADJUSTMENT_UNKNOWN_ITEM}, {@code
   *     ADJUSTMENT_COMPUTED_ITEM}, {@code ADJUSTMENT_DUPLICATE}, {@code ADJUSTMENT_ABOVE_MAX},
   *     {@code ADJUSTMENT_OFF_STEP}, {@code ADJUSTMENT_UNCHANGED}
   */
  List<PointsChange> changes(SelfAssessment a, StageScore previous,
      List<Adjustment> adjustments) {
    return changes(a, previous, List.of(), adjustments);
  }

  /**
   * Checks adjustments against the previous stage, whose counts are the assessment's with the
   * earlier stages' changes applied, and records them as changes.
   *
   * @param a the assessment under review
   * @param previous the previous stage's score, which holds every claimable item's points
   * @param earlier the changes of the earlier stages, in order (their counts are the previous
   *     stage's), not null
   * @param adjustments the adjustments, in order, not null
   * @return one change per adjustment, in order, with the points before and after and, for a
   *     counted deduction, every count after
   * @throws RefusedTransitionException as {@link #changes(SelfAssessment, StageScore, List)},
   *     and {@code ADJUSTMENT_NOT_COUNTED}, {@code ADJUSTMENT_COUNTS_REQUIRED}, {@code
   *     ADJUSTMENT_UNKNOWN_DEFICIENCY} for counts
   */
  List<PointsChange> changes(SelfAssessment a, StageScore previous, List<PointsChange> earlier,
      List<Adjustment> adjustments) {
    Objects.requireNonNull(adjustments, "adjustments");
    Set<CriterionCode> seen = new HashSet<>();
    List<PointsChange> out = new ArrayList<>();
    for (Adjustment adj : adjustments) {
      String code = adj.code().value();
      if (!Reasons.isValid(adj.reason())) {
        throw RefusedTransitionException.of(RefusalCode.REASON_REQUIRED, code);
      }
      refusePersonalData(adj.reason());
      Criterion c = claimable.get(adj.code());
      if (c == null || c.isNotApplicableTo(a.getUnit().type())) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_UNKNOWN_ITEM, code);
      }
      if (c.getRule().orElseThrow() instanceof CountedDeduction counted) {
        if (!adj.isCounts()) {
          throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_COUNTS_REQUIRED, code);
        }
        if (!seen.add(adj.code())) {
          throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_DUPLICATE, code);
        }
        out.add(countsChange(a, c, counted, previous, earlier, adj));
        continue;
      }
      if (adj.isCounts()) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_NOT_COUNTED, code);
      }
      if (!(c.getRule().orElseThrow() instanceof Judgement)) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_COMPUTED_ITEM, code);
      }
      if (!seen.add(adj.code())) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_DUPLICATE, code);
      }
      if (adj.points().compareTo(c.getMaxPoints()) > 0) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_ABOVE_MAX, code,
            adj.points().toString(), c.getMaxPoints().toString());
      }
      Steps grid = Steps.of(standard, c);
      if (!adj.points().isMultipleOf(grid.step())) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_OFF_STEP, code,
            adj.points().toString(), grid.written(),
            String.join(", ", grid.nearest(adj.points(), c.getMaxPoints())));
      }
      Points before = previous.pointsOf(adj.code()).orElseThrow();
      if (before.equals(adj.points())) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_UNCHANGED, code,
            before.toString());
      }
      out.add(new PointsChange(adj.code(), before, adj.points(), adj.reason()));
    }
    return out;
  }

  /**
   * A change of a counted deduction's counts: the previous counts (the claim's, then the earlier
   * stages') with the adjusted codes set; the points are what the new counts give.
   */
  private static PointsChange countsChange(SelfAssessment a, Criterion c, CountedDeduction rule,
      StageScore previous, List<PointsChange> earlier, Adjustment adj) {
    String code = adj.code().value();
    for (String d : adj.counts().codes()) {
      if (!rule.declares(d)) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_UNKNOWN_DEFICIENCY, code, d,
            rule.deficiencies().stream().map(CountedDeficiency::code)
                .collect(Collectors.joining(", ")));
      }
    }
    DeficiencyCounts before = a.getClaims().stream().filter(x -> x.code().equals(adj.code()))
        .findFirst().map(Claim::deficiencies).orElse(DeficiencyCounts.NONE);
    for (PointsChange x : earlier) {
      if (x.code().equals(adj.code()) && !x.counts().isEmpty()) {
        before = x.counts();
      }
    }
    // every declared code, in declared order: the adjusted count, else the previous one, else 0
    List<DeficiencyCounts.Count> afterCounts = new ArrayList<>();
    List<DeficiencyCounts.Count> wasCounts = new ArrayList<>();
    for (CountedDeficiency d : rule.deficiencies()) {
      int previousCount = before.countOf(d.code());
      afterCounts.add(new DeficiencyCounts.Count(d.code(), adj.counts().codes()
          .contains(d.code()) ? adj.counts().countOf(d.code()) : previousCount));
      wasCounts.add(new DeficiencyCounts.Count(d.code(), previousCount));
    }
    DeficiencyCounts after = DeficiencyCounts.of(afterCounts);
    DeficiencyCounts was = DeficiencyCounts.of(wasCounts);
    Points pointsBefore = previous.pointsOf(adj.code()).orElseThrow();
    if (was.equals(after)) {
      throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_UNCHANGED, code,
          pointsBefore.toString());
    }
    return new PointsChange(adj.code(), pointsBefore, rule.points(c.getMaxPoints(), after),
        adj.reason(), after);
  }

  /**
   * Checks the reasons of a return or a rejection.
   *
   * @param reasons the reasons, not null
   * @throws RefusedTransitionException {@code REASON_REQUIRED} when there is none or one is
   *     blank or too long, {@code PERSONAL_DATA_IN_REASON}
   */
  static void requireReasons(List<String> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw RefusedTransitionException.of(RefusalCode.REASON_REQUIRED, "none given");
    }
    for (String r : reasons) {
      if (!Reasons.isValid(r)) {
        throw RefusedTransitionException.of(RefusalCode.REASON_REQUIRED, String.valueOf(r));
      }
      refusePersonalData(r);
    }
  }

  /** Refuses a reason that holds a personal number, without repeating the number. */
  private static void refusePersonalData(String reason) {
    if (PersonalDataScanner.holdsIdentityNumber(reason)
        || PersonalDataScanner.holdsMobileNumber(reason)) {
      throw RefusedTransitionException.of(RefusalCode.PERSONAL_DATA_IN_REASON,
          "the reason is not repeated");
    }
  }
}
