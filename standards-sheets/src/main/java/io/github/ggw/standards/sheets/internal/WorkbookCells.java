package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.sheets.internal.XlsxPackage.Cell;
import io.github.ggw.standards.sheets.internal.XlsxPackage.CellType;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the workbook reader turns one cell into a value (单元格取值): dates in the forms of DESIGN.md,
 * numbers typed as cells or as text, yes/no. Not API. Pure and thread-safe.
 *
 * <p>Dates: a date-formatted number cell is an Excel serial date (1900 date system); a number in a
 * General cell between 20000 and 80000 is read as a serial date with a warning; text in the forms
 * {@code YYYY-MM-DD}, {@code YYYY/M/D}, {@code YYYY.M.D} and {@code YYYY年M月D日} (after width
 * normalisation, so full-width digits and separators pass) is read; a two-digit year, or {@code
 * D/M/YYYY} or {@code M/D/YYYY} (with any of the separators), is ambiguous; anything else is no
 * date.
 */
public final class WorkbookCells {
  /** The lowest number in a General cell read as a serial date (1954-10-03). */
  public static final int SERIAL_MIN = 20_000;
  /** The highest number in a General cell read as a serial date (2119-01-10). */
  public static final int SERIAL_MAX = 80_000;
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern DOT = Pattern.compile("(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})");
  private static final Pattern CHINESE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{4}");
  private static final Pattern TWO_DIGIT_YEAR = Pattern.compile(
      "\\d{2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}|\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  /** 1900-01-00 of Excel's 1900 date system: serial 1 is 1900-01-01; 60 is the false 29 Feb. */
  private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

  private WorkbookCells() {}

  /**
   * A date, or why a cell is none.
   *
   * @param date the date, or empty when refused
   * @param code the problem: {@link ProblemCode#WORKBOOK_DATE_SERIAL} (a warning, with the date),
   *     {@link ProblemCode#WORKBOOK_DATE_AMBIGUOUS} or {@link ProblemCode#WORKBOOK_DATE_INVALID}
   *     (errors, without); null when read without remark
   */
  public record DateValue(Optional<LocalDate> date, ProblemCode code) {}

  /**
   * A number, or why a cell is none.
   *
   * @param number the number without trailing zeros, or empty when refused
   * @param code {@link ProblemCode#JSON_NON_ASCII_NUMBER} for a Chinese comma or point, {@link
   *     ProblemCode#WORKBOOK_CELL_INVALID} for anything else that is no number; null when read
   */
  public record NumberValue(Optional<BigDecimal> number, ProblemCode code) {}

  /**
   * Reads a date cell.
   *
   * @param cell the cell, not blank
   * @return the date or the problem's code
   */
  public static DateValue date(Cell cell) {
    if (cell.type() == CellType.NUMBER) {
      Optional<BigDecimal> n = decimal(cell.text());
      if (n.isEmpty()) {
        return new DateValue(Optional.empty(), ProblemCode.WORKBOOK_DATE_INVALID);
      }
      double serial = n.get().doubleValue();
      if (cell.dateFormat()) {
        return serial(serial).map(d -> new DateValue(Optional.of(d), null))
            .orElse(new DateValue(Optional.empty(), ProblemCode.WORKBOOK_DATE_INVALID));
      }
      if (cell.generalFormat() && serial >= SERIAL_MIN && serial <= SERIAL_MAX) {
        return new DateValue(serial(serial), ProblemCode.WORKBOOK_DATE_SERIAL);
      }
      return new DateValue(Optional.empty(), ProblemCode.WORKBOOK_DATE_INVALID);
    }
    if (cell.type() != CellType.TEXT) {
      return new DateValue(Optional.empty(), ProblemCode.WORKBOOK_DATE_INVALID);
    }
    return dateText(cell.text());
  }

  /**
   * Reads a date written as text.
   *
   * @param text the text, not null
   * @return the date or the problem's code
   */
  public static DateValue dateText(String text) {
    String t = WorkbookLayout.normalise(text);
    for (Pattern p : new Pattern[] {ISO, SLASH, DOT, CHINESE}) {
      Matcher m = p.matcher(t);
      if (m.matches()) {
        try {
          return new DateValue(Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))), null);
        } catch (DateTimeException e) {
          return new DateValue(Optional.empty(), ProblemCode.WORKBOOK_DATE_INVALID);
        }
      }
    }
    if (DAY_MONTH_YEAR.matcher(t).matches() || TWO_DIGIT_YEAR.matcher(t).matches()) {
      return new DateValue(Optional.empty(), ProblemCode.WORKBOOK_DATE_AMBIGUOUS);
    }
    return new DateValue(Optional.empty(), ProblemCode.WORKBOOK_DATE_INVALID);
  }

  /**
   * The date of an Excel serial number (1900 date system; the fraction, a time, is dropped).
   *
   * @param serial the number
   * @return the date, or empty below 1 or past 9999-12-31
   */
  public static Optional<LocalDate> serial(double serial) {
    if (!(serial >= 1) || serial > 2_958_465) {
      return Optional.empty();
    }
    long days = (long) Math.floor(serial);
    // Excel counts 29 February 1900, which did not exist: serials below 61 are one day later
    return Optional.of(days < 61 ? EPOCH.plusDays(days + 1) : EPOCH.plusDays(days));
  }

  /**
   * Reads a number cell, or a number typed as text: after width normalisation a plain decimal.
   *
   * @param cell the cell, not blank
   * @return the number or the problem's code
   */
  public static NumberValue number(Cell cell) {
    if (cell.type() == CellType.NUMBER) {
      return decimal(cell.text()).map(n -> new NumberValue(Optional.of(n), null))
          .orElse(new NumberValue(Optional.empty(), ProblemCode.WORKBOOK_CELL_INVALID));
    }
    if (cell.type() != CellType.TEXT) {
      return new NumberValue(Optional.empty(), ProblemCode.WORKBOOK_CELL_INVALID);
    }
    String raw = cell.text().strip();
    if (raw.indexOf('，') >= 0 || raw.indexOf('。') >= 0 || raw.indexOf('．') >= 0
        && !PLAIN_DECIMAL.matcher(WorkbookLayout.normalise(raw)).matches()) {
      return new NumberValue(Optional.empty(), ProblemCode.JSON_NON_ASCII_NUMBER);
    }
    String t = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    if (!PLAIN_DECIMAL.matcher(t).matches()) {
      return new NumberValue(Optional.empty(), ProblemCode.WORKBOOK_CELL_INVALID);
    }
    return new NumberValue(Optional.of(plain(new BigDecimal(t))), null);
  }

  /**
   * The text a cell holds as a person reads it: a text cell's text; a number cell's number plain
   * and without trailing zeros ({@code 7.0} → {@code 7}); a boolean as {@code TRUE} or {@code
   * FALSE}.
   *
   * @param cell the cell
   * @return the text
   */
  public static String text(Cell cell) {
    if (cell.type() == CellType.NUMBER) {
      return decimal(cell.text()).map(BigDecimal::toPlainString).orElse(cell.text());
    }
    if (cell.type() == CellType.BOOLEAN) {
      return "1".equals(cell.text()) ? "TRUE" : "FALSE";
    }
    return cell.text();
  }

  private static Optional<BigDecimal> decimal(String text) {
    try {
      BigDecimal d = new BigDecimal(text.strip());
      if (d.scale() < -1000 || d.precision() > 1000) {
        return Optional.empty();
      }
      return Optional.of(plain(d));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static BigDecimal plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
