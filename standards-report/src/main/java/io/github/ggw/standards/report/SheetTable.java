package io.github.ggw.standards.report;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The score sheet as a table of typed cells, shared by the CSV and XLSX writers: one row per
 * report line, then the total row.
 */
final class SheetTable {
  /** One cell: a text, or an exact number, or blank (both null). */
  record Cell(String text, BigDecimal number) {
    static final Cell BLANK = new Cell(null, null);

    static Cell text(String s) {
      return s == null || s.isEmpty() ? BLANK : new Cell(s, null);
    }

    /** The exact points without trailing zeros ({@code 4}, {@code 1.5}). */
    static Cell number(Points p) {
      BigDecimal v = p.toBigDecimal().stripTrailingZeros();
      return new Cell(null, v.scale() < 0 ? v.setScale(0) : v);
    }

    /** An exact decimal without trailing zeros. */
    static Cell exact(BigDecimal value) {
      BigDecimal v = value.stripTrailingZeros();
      return new Cell(null, v.scale() < 0 ? v.setScale(0) : v);
    }

    static Cell number(Optional<Points> p) {
      return p.map(Cell::number).orElse(BLANK);
    }

    boolean isNumber() {
      return number != null;
    }
  }

  /** A row: its cells, the depth of its line (−1 for the total row), and whether it is bold. */
  record Row(List<Cell> cells, int depth, boolean emphasis) {}

  /** Columns after the title that hold numbers: max, claimed, scored. */
  static final int FIRST_NUMBER_COLUMN = 3;

  private final List<String> headings;
  private final List<Row> rows;
  private final boolean weighted;

  private SheetTable(List<String> headings, List<Row> rows, boolean weighted) {
    this.headings = ImmutableList.copyOf(headings);
    this.rows = ImmutableList.copyOf(rows);
    this.weighted = weighted;
  }

  /** The column of the rounded total in the total row. */
  int totalColumn() {
    return FIRST_NUMBER_COLUMN + 2;
  }

  /** The column of the reasons for lost points: the last, or the one before the weight. */
  int reasonsColumn() {
    return headings.size() - (weighted ? 2 : 1);
  }

  List<String> headings() {
    return headings;
  }

  List<Row> rows() {
    return rows;
  }

  /**
   * The headings of a sheet with these stages; a weighted standard's sheet ends with a weight
   * column, filled on the dimensions' rows (so the other columns keep their places).
   */
  static List<String> headings(List<StageColumn> stages, boolean weighted, ReportWords w) {
    List<String> h = new ArrayList<>(List.of(w.get("sheet.col.code"), w.get("sheet.col.title"),
        w.get("sheet.col.kind"), w.get("sheet.col.max"), w.get("sheet.col.claimed"),
        w.get("sheet.col.self")));

    for (StageColumn s : stages) {
      h.add(w.get("sheet.col.stage", w.text(s.stage())));
      h.add(w.get("sheet.col.stageReason", w.text(s.stage())));
    }
    h.add(w.get("sheet.col.source"));
    h.add(w.get("sheet.col.reasons"));
    if (weighted) {
      h.add(w.get("sheet.col.weight"));
    }
    return h;
  }

  /** Whether the report's standard weights its dimensions. */
  static boolean weighted(ScoreReport r) {
    return r.dimensions().stream().anyMatch(d -> d.weight().isPresent());
  }

  static SheetTable of(ScoreSheet sheet, ReportOptions o) {
    return of(sheet, o, weighted(sheet.report()));
  }

  /** The table, with a weight column when {@code weighted} (blank for an unweighted standard). */
  static SheetTable of(ScoreSheet sheet, ReportOptions o, boolean weighted) {
    ReportWords w = new ReportWords(o.locale());
    ScoreReport r = sheet.report();
    List<Row> rows = new ArrayList<>();
    Map<CriterionCode, BigDecimal> weights = new HashMap<>();
    r.dimensions().forEach(d -> d.weight().ifPresent(x -> weights.put(d.code(), x)));
    for (ItemResult i : r.items()) {
      List<Cell> c = new ArrayList<>(List.of(Cell.text(i.code().toString()),
          Cell.text(w.text(i.title())), Cell.text(w.label(i.kind())), Cell.number(i.maxPoints()),
          Cell.number(i.claimed()), Cell.number(i.awarded())));

      for (StageColumn s : sheet.stages()) {
        c.add(Cell.number(Optional.ofNullable(s.points().get(i.code()))));
        c.add(Cell.text(Optional.ofNullable(s.reasons().get(i.code())).map(w::text)
            .orElse(null)));
      }
      c.add(Cell.text(w.get("source." + i.source())));
      c.add(Cell.text(i.lost().stream()
          .map(l -> "−" + ReportWords.number(l.points()) + " " + w.text(l.reason()))
          .collect(Collectors.joining("\n"))));
      if (weighted) {
        BigDecimal weight = i.depth() == 0 ? weights.get(i.code()) : null;
        c.add(weight == null ? Cell.BLANK : Cell.exact(weight));
      }
      rows.add(new Row(c, i.depth(), i.depth() == 0));
    }
    List<Cell> total = new ArrayList<>(List.of(Cell.BLANK, Cell.text(w.get("sheet.total")),
        Cell.BLANK, Cell.number(r.maximumTotal()), Cell.number(r.claimedSum()),
        new Cell(null, r.roundedTotal().toBigDecimal()
            .setScale(o.totalDecimals(), RoundingMode.HALF_UP))));

    for (int k = 0; k < sheet.stages().size() * 2; k++) {
      total.add(Cell.BLANK);
    }
    total.add(Cell.BLANK);
    String eligible = r.eligibility().eligible() ? w.yesNo(true) : w.get("eligible.no",
        r.eligibility().reasons().stream().map(w::text).collect(Collectors.joining("; ")));
    total.add(Cell.text(w.get("sheet.totalNote", w.label(r.rating()), eligible)));
    if (weighted) {
      total.add(Cell.BLANK);
    }
    rows.add(new Row(total, -1, true));
    return new SheetTable(headings(sheet.stages(), weighted, w), rows, weighted);
  }
}
