package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.CreditTier;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.rule.VetoEffect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cross-item checks of a standard's structure (标准结构校验), returning every finding at once:
 * unique codes, rule placement, budgets, rule fit (steps, ladders, caps), weights, rating bands,
 * the certification threshold and applicability. Each finding names the offending criterion code
 * and value. Checks that need the measure registry live in {@code standards-rules}.
 *
 * <p>It also checks discretionary deduction ranges and tiered credit (order, grid), vetoes with no
 * effect (a band cap without a band or at the best band, a total floor of 0), quotas (declared,
 * not the lowest band, once), lineage (a version cannot replace itself) and, as a warning, bonus
 * items under a bonus cap of 0.
 *
 * <p>The rules are those of docs/scoring.md (“Budgets”, “Weights and the composite”, “Rating
 * bands”, “Vetoes”, “Quotas: a batch step”) and docs/formats/standard-json.md, “Checks when a
 * standard loads”.
 */
public final class StandardChecker {
  private StandardChecker() {}

  /**
   * Checks a standard.
   *
   * @param s the standard (possibly not yet validated), not null
   * @return the findings, errors and warnings, in tree order; empty when all is well
   */
  public static List<Problem> check(Standard s) {
    List<Problem> out = new ArrayList<>();
    Set<CriterionCode> seen = new HashSet<>();
    s.getAllCriteria().forEach(c -> {
      if (!seen.add(c.getCode())) {
        out.add(at(ProblemCode.STANDARD_DUPLICATE_CODE, c, c.getCode()));
      }
      checkNode(s, c, out);
    });
    for (Criterion d : s.getDimensions()) {
      d.getChildren().forEach(child -> checkNoWeight(child, out));
    }
    checkWeights(s, out);
    checkBands(s, out);
    checkQuotas(s, out);
    checkVetoes(s, out);
    Facts.checkDeclarations(s.getFacts(), out);
    if (s.getRounding() == java.math.RoundingMode.UNNECESSARY) {
      out.add(Problem.of(ProblemCode.STANDARD_ROUNDING_INVALID, Location.unknown(),
          s.getRounding().name(), s.getRounding().name()));
    }
    s.getReplaces().filter(r -> r.equals(s.getVersion())).ifPresent(r -> out.add(Problem.of(
        ProblemCode.STANDARD_LINEAGE_INVALID, Location.unknown(), r.toString(), r.toString())));
    if (s.getCertificationThreshold().compareTo(s.getMaximumTotal()) > 0) {
      out.add(Problem.of(ProblemCode.STANDARD_THRESHOLD_INVALID, Location.unknown(),
          String.valueOf(s.getCertificationThreshold()), String.valueOf(s.getCertificationThreshold()), String.valueOf(s.getMaximumTotal())));
    }
    return out;
  }

  private static void checkNode(Standard s, Criterion c, List<Problem> out) {
    Optional<ScoringRule> rule = c.getRule();
    if (c.isLeaf() != rule.isPresent()) {
      out.add(at(ProblemCode.STANDARD_RULE_PLACEMENT, c, c.isLeaf() ? "no rule" : "rule"));
    }
    if (!c.isLeaf()) {
      if (c.getKind() == CriterionKind.VETO || c.getKind() == CriterionKind.BONUS) {
        out.add(at(ProblemCode.STANDARD_RULE_INVALID, c, c.getKind()));
      }
      Points sum = c.getChildren().stream().filter(Criterion::isBudgeted)
          .map(Criterion::getMaxPoints).reduce(Points.ZERO, Points::plus);
      if (c.isBudgeted() && !sum.equals(c.getMaxPoints())) {
        out.add(at(ProblemCode.STANDARD_BUDGET_MISMATCH, c, sum, c.getMaxPoints(), sum));
      }
    }
    boolean veto = c.getKind() == CriterionKind.VETO;
    if (veto != (rule.orElse(null) instanceof Veto) && c.isLeaf()) {
      out.add(at(ProblemCode.STANDARD_RULE_INVALID, c, c.getKind()));
    }
    if (veto && !c.getMaxPoints().isZero()) {
      out.add(at(ProblemCode.STANDARD_RULE_INVALID, c, c.getMaxPoints()));
    }
    Steps grid = Steps.of(s, c);
    boolean gridded = c.isLeaf() || c.getStep().isPresent();
    if (!veto && gridded && !c.getMaxPoints().isMultipleOf(grid.step())) {
      out.add(at(ProblemCode.STANDARD_MAX_OFF_STEP, c, c.getMaxPoints(), c.getMaxPoints(),
          grid.written(), grid.source().en(), String.join(", ", grid.nearest(c.getMaxPoints())),
          grid.source().zh()));
    }
    c.getStep().ifPresent(own -> Steps.ruleStep(c).filter(r -> r.compareTo(own) != 0)
        .ifPresent(r -> out.add(at(ProblemCode.STANDARD_STEP_CONFLICT, c, own.toPlainString(),
            own.stripTrailingZeros().toPlainString(), r.stripTrailingZeros().toPlainString()))));
    if (!s.getApplicableUnitTypes().containsAll(c.getNotApplicableTo())) {
      EnumSet<UnitType> extra = EnumSet.copyOf(c.getNotApplicableTo());
      extra.removeAll(s.getApplicableUnitTypes());
      out.add(at(ProblemCode.STANDARD_APPLICABILITY, c, extra));
    }
    rule.ifPresent(r -> checkRule(c, r, out));
    rule.ifPresent(r -> checkRangeAndTiers(s, c, r, out));
    if (rule.orElse(null) instanceof CountedDeduction counted) {
      checkCounted(s, c, counted, out);
    }
    if (c.getKind() == CriterionKind.BONUS && c.isLeaf() && s.getBonusCap().isZero()) {
      out.add(Problem.of(ProblemCode.STANDARD_BONUS_UNREACHABLE, Location.criterion(c.getCode()),
          c.getCode().toString(), c.getCode().toString()));
    }
  }

  /**
   * A counted deduction: codes unique within the item, and each deficiency's points on the claim
   * grid, so that every count gives points on it.
   */
  private static void checkCounted(Standard s, Criterion c, CountedDeduction d,
      List<Problem> out) {
    Set<String> codes = new HashSet<>();
    for (CountedDeficiency f : d.deficiencies()) {
      if (!codes.add(f.code())) {
        out.add(at(ProblemCode.STANDARD_DUPLICATE_CODE, c, f.code()));
      }
      if (!f.pointsEach().isMultipleOf(s.getClaimStep())) {
        out.add(at(ProblemCode.STANDARD_RULE_INVALID, c, f.code() + " " + f.pointsEach()));
      }
    }
  }

  /** Discretionary deduction ranges and tiered credit. */
  private static void checkRangeAndTiers(Standard s, Criterion c, ScoringRule r,
      List<Problem> out) {
    if (r instanceof DiscretionaryDeduction d) {
      if (d.maxDeduction().compareTo(c.getMaxPoints()) > 0
          || !d.minDeduction().isMultipleOf(d.step()) || !d.maxDeduction().isMultipleOf(d.step())
          || !Points.of(d.step()).isMultipleOf(Steps.of(s, c).step())) {
        out.add(at(ProblemCode.STANDARD_RULE_INVALID, c,
            d.minDeduction() + "-" + d.maxDeduction() + "/" + d.step().toPlainString()));
      }
    } else if (r instanceof TieredCredit t) {
      List<CreditTier> tiers = t.tiers();
      for (int i = 1; i < tiers.size(); i++) {
        CreditTier hi = tiers.get(i - 1);
        CreditTier lo = tiers.get(i);
        if (hi.atLeastPercent().compareTo(lo.atLeastPercent()) <= 0
            || hi.creditPercent().compareTo(lo.creditPercent()) < 0) {
          out.add(at(ProblemCode.STANDARD_LADDER_UNORDERED, c,
              lo.atLeastPercent().toPlainString()));
        }
      }
      for (CreditTier tier : tiers) {
        Points earned = TieredCredit.earned(c.getMaxPoints(), tier);
        if (!earned.isMultipleOf(Steps.of(s, c).step())) {
          out.add(at(ProblemCode.STANDARD_RULE_INVALID, c, earned));
        }
      }
    }
  }

  /** Vetoes that change nothing. */
  private static void checkVetoes(Standard s, List<Problem> out) {
    Rating best = s.getRatingBands().stream().map(RatingBand::rating)
        .min(Rating::compareTo).orElse(Rating.EXCELLENT);
    s.getAllCriteria().forEach(c -> {
      if (c.getRule().orElse(null) instanceof Veto v) {
        boolean capsNothing = v.effect() == VetoEffect.CAP_BAND && (v.capBand().isEmpty()
            || v.capBand().get().compareTo(best) <= 0
            || s.getRatingBands().stream().noneMatch(b -> b.rating() == v.capBand().get()));
        boolean strayBand = v.effect() != VetoEffect.CAP_BAND && v.capBand().isPresent();
        if (capsNothing || strayBand) {
          String band = v.capBand().map(Rating::name).orElse("-");
          // en names the codes ({1}, {2}), zh their labels ({3}, {4})
          out.add(at(ProblemCode.STANDARD_VETO_NO_EFFECT, c, v.effect() + " " + band,
              v.effect(), band, Labels.of(v.effect()).zh(),
              v.capBand().map(b -> Labels.of(b).zh()).orElse("无")));
        }
      }
    });
    s.getVetoBelow().filter(Points::isZero).ifPresent(floor -> out.add(Problem.of(
        ProblemCode.STANDARD_VETO_NO_EFFECT, Location.unknown(), floor.toString(),
        "vetoBelow " + floor, VetoEffect.FAIL.name(), "-", Labels.of(VetoEffect.FAIL).zh(),
        "无")));
  }

  /** Quotas: a declared band, not the lowest, each band once. */
  private static void checkQuotas(Standard s, List<Problem> out) {
    if (s.getRatingBands().isEmpty()) {
      return;
    }
    Rating lowest = s.getLowestBand().rating();
    Set<Rating> seen = EnumSet.noneOf(Rating.class);
    for (RatingQuota q : s.getQuotas()) {
      boolean declared = s.getRatingBands().stream().anyMatch(b -> b.rating() == q.rating());
      if (!declared || q.rating() == lowest || !seen.add(q.rating())) {
        out.add(Problem.of(ProblemCode.STANDARD_QUOTA_INVALID, Location.unknown(),
            q.rating() + " " + q.maxSharePercent().toPlainString(), q.rating().name(),
            Labels.of(q.rating()).zh()));
      }
    }
  }

  private static void checkRule(Criterion c, ScoringRule r, List<Problem> out) {
    if (r instanceof PerOccurrence p && p.pointsEach().compareTo(c.getMaxPoints()) > 0) {
      out.add(at(ProblemCode.STANDARD_CAP_BELOW_OCCURRENCE, c, p.pointsEach(),
          p.pointsEach(), c.getMaxPoints()));
    } else if (r instanceof ThresholdLadder l) {
      List<Rung> rungs = l.rungs();
      for (int i = 1; i < rungs.size(); i++) {
        Rung hi = rungs.get(i - 1);
        Rung lo = rungs.get(i);
        if (hi.atLeast().compareTo(lo.atLeast()) <= 0 || hi.points().compareTo(lo.points()) < 0) {
          out.add(at(ProblemCode.STANDARD_LADDER_UNORDERED, c, lo.atLeast().toPlainString()));
        }
      }
      for (Rung rung : rungs) {
        if (rung.points().compareTo(c.getMaxPoints()) > 0) {
          out.add(at(ProblemCode.STANDARD_RULE_INVALID, c, rung.points()));
        }
      }
    } else if (r instanceof Deduction d) {
      Set<String> codes = new HashSet<>();
      for (Deficiency f : d.deficiencies()) {
        if (!codes.add(f.code())) {
          out.add(at(ProblemCode.STANDARD_DUPLICATE_CODE, c, f.code()));
        }
      }
    }
  }

  private static void checkNoWeight(Criterion c, List<Problem> out) {
    c.getWeight().ifPresent(w -> out.add(at(ProblemCode.STANDARD_WEIGHTS_INVALID, c,
        w.toPlainString())));
    c.getChildren().forEach(child -> checkNoWeight(child, out));
  }

  private static void checkWeights(Standard s, List<Problem> out) {
    List<Criterion> dims = s.getDimensions().stream().filter(Criterion::isBudgeted).toList();
    long weighted = dims.stream().filter(d -> d.getWeight().isPresent()).count();
    if (weighted == 0) {
      checkUnweightedScale(s, dims, out);
      return;
    }
    if (weighted < dims.size()) {
      dims.stream().filter(d -> d.getWeight().isEmpty())
          .forEach(d -> out.add(at(ProblemCode.STANDARD_WEIGHTS_INVALID, d, "no weight")));
      return;
    }
    BigDecimal sum = dims.stream().map(d -> d.getWeight().orElseThrow())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (dims.stream().anyMatch(d -> d.getWeight().orElseThrow().signum() <= 0)) {
      out.add(Problem.of(ProblemCode.STANDARD_WEIGHTS_INVALID, Location.unknown(),
          String.valueOf(sum.toPlainString()), String.valueOf(sum.toPlainString()), String.valueOf(s.getNominalMax())));
    } else if (sum.compareTo(s.getScale().toBigDecimal()) != 0) {
      // Located at the first dimension, where the weights start; says the sum found, the sum
      // the scale needs and the scale that would fit the weights as written.
      String found = Points.of(sum).toString();
      out.add(Problem.of(ProblemCode.STANDARD_WEIGHTS_SUM, Location.criterion(dims.get(0).getCode()),
          found, found, s.getScale().toString()));
    }
  }

  /** Without weights, a declared composite scale must be the nominal maximum. */
  private static void checkUnweightedScale(Standard s, List<Criterion> dims, List<Problem> out) {
    s.getCompositeScale().filter(scale -> !scale.equals(s.getNominalMax())).ifPresent(scale ->
        out.add(Problem.of(ProblemCode.STANDARD_SCALE_INVALID, dims.isEmpty()
            ? Location.unknown() : Location.criterion(dims.get(0).getCode()), scale.toString(),
            scale.toString(), s.getNominalMax().toString())));
  }

  private static void checkBands(Standard s, List<Problem> out) {
    List<RatingBand> bands = s.getRatingBands();
    if (bands.isEmpty()) {
      return;
    }
    if (!bands.get(0).lowerBound().isZero()) {
      out.add(Problem.of(ProblemCode.STANDARD_BANDS_INVALID, Location.pointer("/ratingBands/0"),
          String.valueOf(bands.get(0).lowerBound())));
    }
    Set<Rating> ratings = EnumSet.noneOf(Rating.class);
    for (int i = 0; i < bands.size(); i++) {
      RatingBand b = bands.get(i);
      Location loc = Location.pointer("/ratingBands/" + i);
      if (!ratings.add(b.rating())) {
        out.add(Problem.of(ProblemCode.STANDARD_BANDS_INVALID, loc, String.valueOf(b.rating())));
      }
      if (i > 0) {
        RatingBand prev = bands.get(i - 1);
        if (prev.lowerBound().compareTo(b.lowerBound()) >= 0
            || prev.rating().compareTo(b.rating()) <= 0) {
          out.add(Problem.of(ProblemCode.STANDARD_BANDS_INVALID, loc, String.valueOf(b.lowerBound())));
        }
      }
      if (b.lowerBound().compareTo(s.getMaximumTotal()) > 0) {
        out.add(Problem.of(ProblemCode.STANDARD_BAND_UNREACHABLE, loc, String.valueOf(b.lowerBound()),
            String.valueOf(b.lowerBound()), String.valueOf(b.rating()),
            String.valueOf(s.getMaximumTotal()), Labels.of(b.rating()).zh()));
      }
    }
  }

  private static Problem at(ProblemCode code, Criterion c, Object value, Object... args) {
    String[] all = new String[args.length + 1];
    all[0] = c.getCode().toString();
    for (int i = 0; i < args.length; i++) {
      all[i + 1] = String.valueOf(args[i]);
    }
    return Problem.of(code, Location.criterion(c.getCode()), String.valueOf(value), all);
  }
}
