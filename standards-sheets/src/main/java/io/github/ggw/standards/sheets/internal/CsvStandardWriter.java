package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.sheets.StandardsCsv;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.RatingQuota;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.ReviewPeriod;
import io.github.ggw.standards.model.standard.Standard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rows of the CSV form of a standard; see {@link StandardsCsv} for the layout. */
public final class CsvStandardWriter {
  private CsvStandardWriter() {}

  /**
   * The {@code @standard} row: the standard's own settings in the parameters cell.
   *
   * @param s the standard, not null
   * @return the row's cells in column order
   */
  public static String[] standardRow(Standard s) {
    String params = new CsvEntries.Writer()
        .put("id", s.getId().toString())
        .put("version", s.getVersion().toString())
        .put("replaces", s.getReplaces())
        .put("effectiveFrom", s.getEffectiveFrom().toString())
        .put("validUntil", s.getValidUntil())
        .enums("applicableUnitTypes", s.getApplicableUnitTypes())
        .put("jurisdiction", String.join(", ", s.getJurisdiction()))
        .plain("minTrainingHours", s.getMinTrainingHours().compareTo(new BigDecimal("0.5")) == 0
            ? null : s.getMinTrainingHours())
        .put("reviewWindow", s.getReviewWindow().equals(ReviewPeriod.DEFAULT)
            ? null : s.getReviewWindow().toString())
        .put("plausibility", s.getPlausibility().stream()
            .map(x -> x.check().name() + ":" + x.severity().name())
            .collect(Collectors.joining(", ")))
        .plain("precision", s.getPrecision())
        .put("rounding", s.getRounding().name())
        .plain("claimStep", s.getClaimStep())
        .put("notApplicableMode", s.getNotApplicableMode().name())
        .put("bonusCap", s.getBonusCap().toString())
        .put("certificationThreshold", s.getCertificationThreshold().toString())
        .put("vetoBelow", s.getVetoBelow())
        .put("compositeScale", s.getCompositeScale())
        .put("ratingBands", s.getRatingBands().stream().map(CsvStandardWriter::band)
            .collect(Collectors.joining(", ")))
        .put("quotas", s.getQuotas().stream().map(CsvStandardWriter::quota)
            .collect(Collectors.joining(", ")))
        .enums("prerequisites", s.getPrerequisites())
        .toString();
    String[] row = empty();
    set(row, CsvColumn.CODE, CsvStandardReader.STANDARD_ROW);
    text(row, CsvColumn.TITLE, CsvColumn.TITLE_EN, Optional.of(s.getTitle()));
    text(row, CsvColumn.REQUIREMENT, CsvColumn.REQUIREMENT_EN, Optional.of(s.getIssuer()));
    set(row, CsvColumn.PARAMETERS, params);
    source(row, s.getSource());
    return row;
  }

  /**
   * The rows of an item and everything below it, depth first.
   *
   * @param s the standard the item belongs to (for inherited sources), not null
   * @param c the item, not null
   * @param parent the parent's code, or null for a dimension
   * @param out the rows written so far, to which these are added
   */
  public static void rows(Standard s, Criterion c, CriterionCode parent, List<String[]> out) {
    String[] row = empty();
    set(row, CsvColumn.CODE, c.getCode().toString());
    set(row, CsvColumn.PARENT, parent == null ? "" : parent.toString());
    text(row, CsvColumn.TITLE, CsvColumn.TITLE_EN, Optional.of(c.getTitle()));
    text(row, CsvColumn.REQUIREMENT, CsvColumn.REQUIREMENT_EN, c.getRequirement());
    set(row, CsvColumn.POINTS, c.getMaxPoints().toString());
    set(row, CsvColumn.KIND, c.getKind() == CriterionKind.REGULAR ? "" : c.getKind().name());
    c.getRule().ifPresent(r -> {
      set(row, CsvColumn.RULE, CsvRules.kindOf(r));
      set(row, CsvColumn.PARAMETERS, CsvRules.format(r));
    });
    set(row, CsvColumn.WEIGHT, c.getWeight().map(BigDecimal::toPlainString).orElse(""));
    set(row, CsvColumn.STEP, c.getStep().map(BigDecimal::toPlainString).orElse(""));
     set(row, CsvColumn.NOT_APPLICABLE_TO, c.getNotApplicableTo().stream().sorted()
        .map(Enum::name).collect(Collectors.joining(", ")));
    if (!c.getSource().equals(s.getSource())) {
      source(row, c.getSource());
    }
    out.add(row);
    c.getChildren().forEach(child -> rows(s, child, c.getCode(), out));
  }

  private static String band(RatingBand b) {
    return b.rating().name() + ":" + b.lowerBound();
  }

  private static String quota(RatingQuota q) {
    return q.rating().name() + ":" + q.maxSharePercent().toPlainString();
  }

  private static String[] empty() {
    String[] row = new String[CsvColumn.values().length];
    java.util.Arrays.fill(row, "");
    return row;
  }

  private static void set(String[] row, CsvColumn c, String value) {
    row[c.ordinal()] = value;
  }

  private static void text(String[] row, CsvColumn zh, CsvColumn en, Optional<LocalizedText> t) {
    t.ifPresent(x -> {
      set(row, zh, x.zh());
      set(row, en, x.en());
    });
  }

  private static void source(String[] row, SourceRef s) {
    set(row, CsvColumn.SOURCE, s.document());
    set(row, CsvColumn.CLAUSE, s.clause());
    set(row, CsvColumn.STATUS, s.status().name());
    set(row, CsvColumn.NOTE, s.note());
  }
}
