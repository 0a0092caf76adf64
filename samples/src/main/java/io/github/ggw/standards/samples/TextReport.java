package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.rule.VetoEffect;
import io.github.ggw.standards.rules.scoring.ClaimComparison;
import io.github.ggw.standards.rules.scoring.Gap;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.LostPoints;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.VetoFinding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a score report as a readable table with a summary, in one language; a weighted
 * standard's table has a weight column after the maximum, filled on the dimensions' rows.
 */
final class TextReport {
  private static final int GAPS_SHOWN = 3;

  private TextReport() {}

  static String render(ScoreReport r, Standard standard, Words w) {
    StringBuilder sb = new StringBuilder();
    sb.append(w.get("header", r.unit().name(), r.unit().id(), Labels.of(r.unit().type()),
        r.unit().district(), r.standardId(), r.standardVersion(), r.year())).append('\n');
    // a weighted standard shows each dimension's weight after its maximum
    Map<CriterionCode, BigDecimal> weights = new HashMap<>();
    r.dimensions().forEach(d -> d.weight().ifPresent(x -> weights.put(d.code(), x)));
    boolean weighted = !weights.isEmpty();
    List<String> headers = new ArrayList<>(List.of(w.get("col.code"), w.get("col.title"),
        w.get("col.max"), w.get("col.awarded"), w.get("col.source"), w.get("col.claimed"),
        w.get("col.reason")));
    if (weighted) {
      headers.add(3, w.get("col.weight"));
    }
    TextTable t = weighted
        ? new TextTable(headers, false, false, true, true, true, false, true, false)
        : new TextTable(headers, false, false, true, true, false, true, false);
    for (ItemResult i : r.items()) {
      String claimed = i.claimed().map(Points::toString).orElse("");
      if (i.claimComparison() == ClaimComparison.OVER_CLAIM
          || i.claimComparison() == ClaimComparison.UNDER_CLAIM) {
        claimed = w.get("claim." + i.claimComparison(), claimed);
      }
      String reasons = i.lost().stream().map(LostPoints::reason).map(w::text)
          .collect(Collectors.joining("; "));
      List<String> row = new ArrayList<>(List.of(i.code().toString(),
          "  ".repeat(i.depth()) + w.text(i.title()), i.maxPoints().toString(),
          shortNumber(i.awarded().toBigDecimal()), w.get("source." + i.source()), claimed,
          reasons));
      if (weighted) {
        BigDecimal weight = i.depth() == 0 ? weights.get(i.code()) : null;
        row.add(3, weight == null ? "" : shortNumber(weight));
      }
      t.add(row);
    }
    sb.append(t.render());
    sb.append(w.get("summary", rounded(r, standard), shortNumber(r.total().toBigDecimal()), r.bonus(),
        Labels.of(r.rating()), w.get(r.eligibility().eligible() ? "yes" : "no"), r.claimedSum()))
        .append('\n');
    sb.append(w.get("na.mode", Labels.of(r.notApplicableMode()))).append('\n');
    for (VetoFinding v : r.vetoes()) {
      sb.append(v.effect() == VetoEffect.FAIL ? w.get("veto", v.reason())
          : w.get("veto.effect", v.reason(), Labels.of(v.effect()),
              v.capBand().map(b -> w.text(Labels.of(b))).orElse(""))).append('\n');
    }
    if (!r.eligibility().eligible()) {
      sb.append(w.get("ineligible", r.eligibility().reasons().stream().map(w::text)
          .collect(Collectors.joining("; ")))).append('\n');
    }
    List<Gap> gaps = r.gaps().subList(0, Math.min(GAPS_SHOWN, r.gaps().size()));
    if (!gaps.isEmpty()) {
      sb.append(w.get("gaps", gaps.stream()
          .map(g -> g.code() + " " + w.text(g.title()) + " −" + g.lost())
          .collect(Collectors.joining("; ")))).append('\n');
    }
    for (Problem p : r.warnings()) {
      sb.append(w.warning(p)).append('\n');
    }
    return sb.toString();
  }

  /** The rounded total with the standard's precision's decimals, such as {@code 75.0}. */
  static String rounded(ScoreReport r, Standard standard) {
    int scale = Math.max(0, standard.getPrecision().stripTrailingZeros().scale());
    return r.roundedTotal().toBigDecimal().setScale(scale, RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  /** An exact figure, shown with at most six decimals (with ≈ when cut). */
  static String shortNumber(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() <= 6) {
      return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
    return "≈" + v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
