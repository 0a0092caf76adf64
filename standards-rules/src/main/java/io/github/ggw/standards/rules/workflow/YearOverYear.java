package io.github.ggw.standards.rules.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.ItemPoints;
import io.github.ggw.standards.model.workflow.StageScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's case files compared across years (逐年对比), per dimension and indicator: each year's
 * points at the latest stage its file reached, and the change from the year before. This follows
 * the staged, year-by-year assessment of the five-year action plan (seed §一.4: 逐年有序落实，分阶段考核).
 * Lines are matched by criterion code; when the years answer different standard versions, a line
 * missing in a year shows as empty there.
 *
 * @param unit the unit compared
 * @param years one column per year, oldest first
 * @param rows one row per line, in the latest year's tree order, then lines only earlier years have
 */
public record YearOverYear(UnitId unit, List<YearColumn> years, List<YearRow> rows) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @throws NullPointerException if a component is null
   *
   * @param unit the {@code unit} component, as described on the record
   * @param years the {@code years} component, as described on the record
   * @param rows the {@code rows} component, as described on the record
   */
  public YearOverYear {
    Objects.requireNonNull(unit, "unit");
    years = ImmutableList.copyOf(years);
    rows = ImmutableList.copyOf(rows);
  }

  /**
   * Compares a unit's case files.
   *
   * @param files the case files of one unit, one per year, in any order, at least one
   * @return the comparison
   * @throws StandardsException if the list is empty, holds files of several units, or two files
   *     of one year
   */
  public static YearOverYear of(List<CaseFile> files) {
    if (files.isEmpty()) {
      throw new StandardsException("a year-over-year comparison needs at least one case file",
          null);
    }
    List<CaseFile> sorted = files.stream().sorted(Comparator.comparingInt(CaseFile::getYear))
        .toList();
    UnitId unit = sorted.get(0).getUnitId();
    for (int i = 0; i < sorted.size(); i++) {
      CaseFile f = sorted.get(i);
      if (!f.getUnitId().equals(unit)) {
        throw new StandardsException("case files of several units: " + unit + ", " + f.getUnitId(),
            f.getUnitId().value());
      }
      if (i > 0 && sorted.get(i - 1).getYear() == f.getYear()) {
        throw new StandardsException("two case files of the year " + f.getYear(),
            String.valueOf(f.getYear()));
      }
    }
    List<YearColumn> years = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      StageScore s = sorted.get(i).getLatestScore();
      Optional<BigDecimal> change = i == 0 ? Optional.empty() : Optional.of(change(
          s.roundedTotal(), sorted.get(i - 1).getLatestScore().roundedTotal()));
      years.add(new YearColumn(sorted.get(i).getYear(), sorted.get(i).getStatus(), s.stage(),
          s.roundedTotal(), s.rating(), change));
    }
    Map<CriterionCode, ItemPoints> lines = new LinkedHashMap<>();
    for (int i = sorted.size() - 1; i >= 0; i--) {
      sorted.get(i).getLatestScore().items().forEach(p -> lines.putIfAbsent(p.code(), p));
    }
    List<YearRow> rows = new ArrayList<>();
    for (ItemPoints line : lines.values()) {
      List<YearCell> cells = new ArrayList<>();
      Optional<Points> previous = Optional.empty();
      for (int i = 0; i < sorted.size(); i++) {
        Optional<Points> points = sorted.get(i).getLatestScore().pointsOf(line.code());
        Optional<Points> before = previous;
        Optional<BigDecimal> change = i == 0 ? Optional.empty()
            : points.flatMap(p -> before.map(b -> change(p, b)));
        cells.add(new YearCell(sorted.get(i).getYear(), points, change));
        previous = points;
      }
      rows.add(new YearRow(line.code(), line.depth(), line.maxPoints(), cells));
    }
    return new YearOverYear(unit, years, rows);
  }

  private static BigDecimal change(Points now, Points before) {
    return now.toBigDecimal().subtract(before.toBigDecimal());
  }
}
