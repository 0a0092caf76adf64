package io.github.ggw.standards.bench;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.rules.measure.MeasureValue;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.Gap;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.LostPoints;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.util.List;
import java.util.Optional;

/**
 * The report's own floor (报告对象下限) for score only in {@link PathBenchmark}: the cost of
 * building the objects of a report whose values are all known, which any scorer giving the
 * report's public shape pays whatever it computes.
 *
 * <p>{@link #copy} builds anew the objects of a scored report that grow with its items: each
 * line ({@link ItemResult}, its claimed points' {@code Optional}, its lists of measure values and
 * lost points with their elements), each dimension, each gap, each warning ({@link Problem#of},
 * with the cut and the masking of its texts that every problem gets), the lists that hold them
 * and the report. It reuses the values themselves (points, decimals, codes, texts, reasons, the
 * warnings' places) and the report's vetoes and eligibility, a few objects per report, and
 * computes nothing: a lower bound.
 */
final class ReportFloor {
  private ReportFloor() {}

  /**
   * A report equal to the given one, built of new objects (see the class description for which).
   *
   * @param r a scored report, not null
   * @return the copy, {@code equals(r)}
   */
  static ScoreReport copy(ScoreReport r) {
    ImmutableList.Builder<ItemResult> items = ImmutableList.builderWithExpectedSize(r.items().size());
    for (ItemResult it : r.items()) {
      items.add(new ItemResult(it.code(), it.title(), it.kind(), it.depth(), it.maxPoints(),
          it.awarded(), it.source(), Optional.ofNullable(it.claimed().orElse(null)),
          it.claimComparison(), it.rule(), measures(it.measures()), lost(it.lost())));
    }
    ImmutableList.Builder<DimensionResult> dims = ImmutableList.builder();
    for (DimensionResult d : r.dimensions()) {
      dims.add(new DimensionResult(d.code(), d.title(), d.score(), d.applicableMax(), d.maxPoints(),
          d.weight(), d.contribution()));
    }
    ImmutableList.Builder<Gap> gaps = ImmutableList.builderWithExpectedSize(r.gaps().size());
    for (Gap g : r.gaps()) {
      gaps.add(new Gap(g.code(), g.title(), g.lost()));
    }
    ImmutableList.Builder<Problem> warnings = ImmutableList.builder();
    for (Problem p : r.warnings()) {
      warnings.add(Problem.of(p.getCode(), p.getLocation(), p.getOffendingValue().orElse(null),
          p.getArguments().toArray(new String[0])));
    }
    return new ScoreReport(r.unit(), r.standardId(), r.standardVersion(), r.year(),
        r.notApplicableMode(), items.build(), dims.build(), r.composite(), r.bonus(), r.total(),
        r.roundedTotal(), r.nominalMax(), r.maximumTotal(), r.rating(), r.vetoes(),
        r.eligibility(), r.claimedSum(), gaps.build(), warnings.build());
  }

  private static List<MeasureValue> measures(List<MeasureValue> in) {
    if (in.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<MeasureValue> out = ImmutableList.builderWithExpectedSize(in.size());
    for (MeasureValue v : in) {
      out.add(new MeasureValue(v.measure(), v.label(), v.value(), v.type(), v.unit()));
    }
    return out.build();
  }

  private static List<LostPoints> lost(List<LostPoints> in) {
    if (in.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<LostPoints> out = ImmutableList.builderWithExpectedSize(in.size());
    for (LostPoints l : in) {
      out.add(new LostPoints(l.points(), l.why(), l.reasonCode(), measures(l.measures()),
          l.count(), l.due()));
    }
    return out.build();
  }
}
