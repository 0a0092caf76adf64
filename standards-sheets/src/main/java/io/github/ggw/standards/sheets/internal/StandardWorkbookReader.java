package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.json.ModelValidator;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.sheets.WorkbookLimits;
import io.github.ggw.standards.sheets.internal.XlsxPackage.Cell;
import io.github.ggw.standards.sheets.internal.XlsxPackage.CellType;
import io.github.ggw.standards.sheets.internal.XlsxPackage.Sheet;
import io.github.ggw.standards.sheets.internal.XlsxPackage.SheetCells;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a standard from the one sheet of an XLSX workbook (评分表工作簿): the workbook is opened
 * by {@link XlsxPackage} (the safe opening of the self-assessment reader, with its limits), the
 * sheet {@value #SHEET} (or {@value #SHEET_EN}) is read as rows of cell texts and those rows go
 * to the same {@link CsvStandardReader} the CSV form uses, so both forms share one column set and
 * one parser. Every problem is then moved from its CSV line and column to the sheet, A1 cell and
 * row it came from. One instance per read; not thread-safe.
 *
 * <p>Cells: text is read as it is; a number as its plain decimal ({@code 2.5}, {@code 10}); a
 * formula by its cached value with {@link ProblemCode#WORKBOOK_FORMULA} (none: {@link
 * ProblemCode#WORKBOOK_FORMULA_NO_VALUE}); a yes/no, error or date cell is {@link
 * ProblemCode#WORKBOOK_CELL_TYPE}; merged cells are {@link ProblemCode#WORKBOOK_MERGED_CELLS}; a
 * value in a column without a header is {@link ProblemCode#WORKBOOK_CELL_UNHEADED}. The CSV
 * reader's codes that speak of a CSV file become the workbook's: {@link
 * ProblemCode#WORKBOOK_STANDARD_COLUMN_MISSING}, {@link
 * ProblemCode#WORKBOOK_STANDARD_COLUMN_UNKNOWN}, {@link ProblemCode#WORKBOOK_STANDARD_CELL_INVALID}
 * and {@link ProblemCode#WORKBOOK_STANDARD_ROW_MISSING}.
 */
public final class StandardWorkbookReader {
  /** The name of the sheet that holds the standard. */
  public static final String SHEET = "评分表";
  /** The English name of that sheet, also accepted (any case). */
  public static final String SHEET_EN = "Standard";

  private final WorkbookLimits limits;
  private final MeasureRegistry measures;
  private final ModelValidator validator = ModelValidator.create();
  private final List<Problem> problems = new ArrayList<>();
  private String sheet;
  /** The header texts, by 0-based column. */
  private List<String> header = List.of();
  private int standardRow;

  /**
   * A reader.
   *
   * @param limits the workbook limits, not null
   * @param measures the measures rules may name, not null
   */
  public StandardWorkbookReader(WorkbookLimits limits, MeasureRegistry measures) {
    this.limits = limits;
    this.measures = measures;
  }

  /**
   * Reads a standard from a workbook's bytes.
   *
   * @param bytes the XLSX file, not null
   * @return the standard with its warnings, or every problem found
   */
  public Result<Standard> read(byte[] bytes) {
    Result<XlsxPackage> opened = XlsxPackage.open(bytes, limits);
    if (opened.value().isEmpty()) {
      return Result.refused(opened.problems());
    }
    try (XlsxPackage pkg = opened.value().get()) {
      Optional<Sheet> found = pkg.sheets().stream()
          .filter(s -> s.name().strip().equals(SHEET)
              || s.name().strip().equalsIgnoreCase(SHEET_EN))
          .findFirst();
      if (found.isEmpty()) {
        return Result.refused(List.of(Problem.of(ProblemCode.WORKBOOK_SHEET_MISSING,
            Location.unknown(), null, SHEET)));
      }
      sheet = found.get().name();
      SheetCells cells;
      try {
        cells = pkg.read(found.get(), limits.maxEvidenceRows());
      } catch (XlsxPackage.XlsxException e) {
        return Result.refused(List.of(e.problem()));
      }
      if (cells.rowsPastBudget()) {
        return Result.refused(List.of(Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED,
            Location.sheet(sheet), null, "maxEvidenceRows",
            String.valueOf(limits.maxEvidenceRows()))));
      }
      return read(cells);
    }
  }

  private Result<Standard> read(SheetCells cells) {
    for (String m : cells.merged()) {
      String first = m.contains(":") ? m.substring(0, m.indexOf(':')) : m;
      problems.add(Problem.of(ProblemCode.WORKBOOK_MERGED_CELLS, cell(first), m, m));
    }
    List<CsvStandardReader.Row> rows = new ArrayList<>();
    for (List<Cell> row : cells.rows()) {
      if (row.isEmpty()) {
        continue;
      }
      int number = row.get(0).row();
      boolean isHeader = rows.isEmpty();
      int width = isHeader ? row.get(row.size() - 1).column() + 1 : header.size();
      String[] texts = new String[width];
      java.util.Arrays.fill(texts, "");
      for (Cell c : row) {
        String text = text(c);
        if (c.column() >= width) {
          if (!text.isBlank()) {
            problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_UNHEADED, cell(c.ref()), text,
                text));
          }
        } else {
          texts[c.column()] = text;
        }
      }
      if (isHeader) {
        header = List.of(texts);
      } else if (standardRow == 0 && column(CsvColumn.CODE) >= 0
          && CsvStandardReader.STANDARD_ROW.equals(texts[column(CsvColumn.CODE)].strip())) {
        standardRow = number;
      }
      rows.add(new CsvStandardReader.Row(number, texts));
    }
    CsvStandardReader reader = new CsvStandardReader(rows, measures);
    Standard standard = reader.read();
    List<Problem> parsed = new ArrayList<>(reader.problems());
    if (standard != null) {
      parsed.addAll(reader.locate(validator.validate(standard)));
    }
    // a cell that could not be read (a yes/no, error or date cell, a formula without a value)
    // has its problem already: what the parser then says about the empty text it got is left out
    Set<String> unread = problems.stream().filter(Problem::isError)
        .flatMap(p -> p.getLocation().getCell().stream()).collect(Collectors.toSet());
    List<Problem> placed = new ArrayList<>(problems);
    parsed.stream().map(this::place)
        .filter(p -> p.getLocation().getCell().map(c -> !unread.contains(c)).orElse(true))
        .forEach(placed::add);
    if (standard == null || placed.stream().anyMatch(Problem::isError)) {
      return Result.refused(placed);
    }
    return Result.ofChecked(standard, placed);
  }

  /** The 0-based column of a column of the form, by the header, or -1. */
  private int column(CsvColumn c) {
    for (int i = 0; i < header.size(); i++) {
      if (CsvColumn.of(header.get(i)).orElse(null) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The text a cell stands for, after recording what is wrong with it. */
  private String text(Cell c) {
    Location at = cell(c.ref());
    String name = headerOf(c.column());
    if (c.overLimit()) {
      problems.add(Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, at, null, "maxCellChars",
          String.valueOf(limits.maxCellChars())));
      return "";
    }
    if (c.formula() != null) {
      // the formula messages, shared with the self-assessment reader, name the column unquoted:
      // by its Chinese header, as the template heads it
      String column = column(c.column()).map(CsvColumn::chineseHeader)
          .orElse(CellReference.convertNumToColString(c.column()));
      if (c.type() == CellType.EMPTY) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_FORMULA_NO_VALUE, at, c.formula(), column,
            c.formula()));
        return "";
      }
      problems.add(Problem.of(ProblemCode.WORKBOOK_FORMULA, at, c.formula(), column, c.formula(),
          c.text()));
    }
    switch (c.type()) {
      case TEXT:
        return c.text();
      case EMPTY:
        return "";
      case NUMBER:
        if (c.dateFormat()) {
          return badType(c, at, name, "a date", "日期");
        }
        try {
          return new BigDecimal(c.text()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          return badType(c, at, name, "a number that does not read", "无法读取的数字");
        }
      case BOOLEAN:
        return badType(c, at, name, "a yes/no value", "是/否值");
      default:
        return badType(c, at, name, "an error value", "错误值");
    }
  }

  private String badType(Cell c, Location at, String name, String en, String zh) {
    problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_TYPE, at, c.text(), name, c.text(), en,
        zh));
    return "";
  }

  /** The column of the form a 0-based column's header names. */
  private Optional<CsvColumn> column(int column) {
    return column < header.size() ? CsvColumn.of(header.get(column)) : Optional.empty();
  }

  private String headerOf(int column) {
    return column < header.size() && !header.get(column).isBlank() ? header.get(column).strip()
        : CellReference.convertNumToColString(column);
  }

  private Location cell(String ref) {
    return Location.cell(sheet, ref);
  }

  /**
   * A problem of the CSV reader at the cell it came from, under the workbook's own code where
   * the CSV one speaks of a CSV file; a problem without a line (the standard's cross-item
   * findings) goes to the {@code @standard} row's parameters cell.
   */
  private Problem place(Problem p) {
    Location l = p.getLocation();
    if (l.getSheet().isPresent()) {
      return p;
    }
    Location to;
    if (l.getLine().isPresent()) {
      to = cell(CellReference.convertNumToColString(l.getColumn().orElse(1) - 1)
          + l.getLine().get());
    } else if (standardRow > 0) {
      to = cell(CellReference.convertNumToColString(Math.max(0, column(CsvColumn.PARAMETERS)))
          + standardRow);
    } else {
      to = Location.sheet(sheet);
    }
    if (l.getCriterion().isPresent()) {
      to = to.withCriterion(l.getCriterion().get());
    }
    if (l.getPointer().isPresent()) {
      to = to.withPointer(l.getPointer().get());
    }
    String value = p.getOffendingValue().orElse(null);
    List<String> a = p.getArguments();
    Problem moved = switch (p.getCode()) {
      case CSV_COLUMN_MISSING -> Problem.of(ProblemCode.WORKBOOK_STANDARD_COLUMN_MISSING, to,
          value, sheet, a.get(0), CsvColumn.of(a.get(0)).map(CsvColumn::chineseHeader)
              .orElse(a.get(0)));
      case CSV_COLUMN_UNKNOWN -> Problem.of(ProblemCode.WORKBOOK_STANDARD_COLUMN_UNKNOWN, to,
          value, sheet, a.get(0), a.get(1));
      case CSV_CELL_INVALID -> Problem.of(ProblemCode.WORKBOOK_STANDARD_CELL_INVALID, to, value,
          a.toArray(String[]::new));
      case CSV_STANDARD_ROW_MISSING -> Problem.of(ProblemCode.WORKBOOK_STANDARD_ROW_MISSING, to,
          value, sheet, a.get(0));
      default -> p.withLocation(to);
    };
    return moved.getSeverity() == p.getSeverity() ? moved : moved.withSeverity(p.getSeverity());
  }
}
