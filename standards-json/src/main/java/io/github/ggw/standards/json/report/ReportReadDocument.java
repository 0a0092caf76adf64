package io.github.ggw.standards.json.report;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.Eligibility;
import io.github.ggw.standards.rules.scoring.Gap;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.VetoFinding;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON shape of a score report as read back ({@code kind = "score-report"}): the header and
 * the report's members; the warnings are accepted but not bound.
 */
final class ReportReadDocument {
  /** The kind of a score report. */
  static final String KIND = "score-report";

  public String kind;
  public Integer formatVersion;
  public Body report;

  /** The report's members, as {@link ScoreReport} writes them. */
  static final class Body {
    public Unit unit;
    public StandardId standardId;
    public StandardVersion standardVersion;
    public Integer year;
    public NotApplicableMode notApplicableMode;
    public List<ItemResult> items;
    public List<DimensionResult> dimensions;
    public BigDecimal composite;
    public Points bonus;
    public Points total;
    public Points roundedTotal;
    public Points nominalMax;
    public Points maximumTotal;
    public Rating rating;
    public List<VetoFinding> vetoes;
    public Eligibility eligibility;
    public Points claimedSum;
    public List<Gap> gaps;
    public JsonNode warnings;
  }

  /** The report, or null after recording the missing members. */
  ScoreReport toModel(Binder b) {
    Formats.checkHeader(kind, KIND, formatVersion, b);
    if (b.require(report, "", "report") == null) {
      return null;
    }
    Body r = report;
    String at = "/report";
    Object[] members = {r.unit, r.standardId, r.standardVersion, r.year, r.notApplicableMode,
        r.items, r.dimensions, r.composite, r.bonus, r.total, r.roundedTotal, r.nominalMax,
        r.maximumTotal, r.rating, r.vetoes, r.eligibility, r.claimedSum, r.gaps};
    String[] names = {"unit", "standardId", "standardVersion", "year", "notApplicableMode",
        "items", "dimensions", "composite", "bonus", "total", "roundedTotal", "nominalMax",
        "maximumTotal", "rating", "vetoes", "eligibility", "claimedSum", "gaps"};
    for (int i = 0; i < names.length; i++) {
      b.require(members[i], at, names[i]);
    }
    if (b.hasErrors()) {
      return null;
    }
    return b.attempt(() -> new ScoreReport(r.unit, r.standardId, r.standardVersion, r.year,
        r.notApplicableMode, r.items, r.dimensions, r.composite, r.bonus, r.total, r.roundedTotal,
        r.nominalMax, r.maximumTotal, r.rating, r.vetoes, r.eligibility, r.claimedSum, r.gaps,
        List.of()), at);
  }
}
