package io.github.ggw.standards.model.problem;

import io.github.ggw.standards.model.standard.CriterionCode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a problem is (位置). One of four kinds of place, each optionally also naming the code of
 * the criterion the problem concerns:
 *
 * <ul>
 *   <li>a <b>JSON place</b>: a JSON pointer (RFC 6901) into the input, with its line and column
 *       where the input was text ({@link #pointer(String)}, {@link #json(String, int, int)});
 *   <li>a <b>cell place</b> in a spreadsheet: sheet name, A1 cell reference and row number, plus
 *       optionally the JSON pointer of the value the cell became ({@link #cell(String, String)},
 *       {@link #cell(String, String, int)}, {@link #sheetRow(String, int)}, {@link
 *       #sheet(String)}, then {@link #withPointer(String)});
 *   <li>a <b>CSV place</b>: line and column name, plus optionally the pointer of the value
 *       ({@link #csv(int, String)}, {@link #csv(int)});
 *   <li>an <b>item</b>: only the criterion code ({@link #criterion(CriterionCode)}).
 * </ul>
 *
 * <p>Which kind a location is follows from its parts: a sheet name makes a cell place; a line
 * without a JSON column makes a CSV place; otherwise a pointer or a line and column make a JSON
 * place; a criterion alone makes an item; nothing at all is {@link #unknown()}. Lines, columns
 * and rows are 1-based; a JSON line and column are both present or both absent.
 *
 * <p>{@link #toString()} is the compact technical form the command line prints, unchanged for
 * JSON places: {@code /claims/2/points (line 14, column 17) [1.2]}, omitting absent parts; a cell
 * place gives {@code 'Trainings'!C7 /evidence/3/date}, a CSV place {@code (line 12, column
 * 'points')}. For people, in their language, use {@link LocationFormat}. Immutable and
 * thread-safe; equality compares every part.
 *
 * <p>A location never echoes a personal number: a pointer segment (a member name) holding one,
 * or eleven or more digits in a row, is replaced by {@code [masked]}, and such numbers in sheet
 * and column names are masked ({@link PersonalNumbers}).
 */
public final class Location {
  /** The largest row of an XLSX sheet. */
  private static final int MAX_ROW = 1_048_576;
  /** The largest column of an XLSX sheet ({@code XFD}). */
  private static final int MAX_SHEET_COLUMN = 16_384;
  private static final Pattern A1 = Pattern.compile("([A-Za-z]{1,3})([1-9][0-9]{0,6})");
  private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{11,}");
  private static final Location NOWHERE =
      new Location(null, 0, 0, null, null, null, 0, null);

  private final String pointer;
  private final int line;
  private final int column;
  private final CriterionCode criterion;
  private final String sheet;
  private final String cell;
  private final int row;
  private final String columnName;

  private Location(String pointer, int line, int column, CriterionCode criterion, String sheet,
      String cell, int row, String columnName) {
    this.pointer = pointer == null ? null : maskPointer(pointer);
    this.line = line;
    this.column = column;
    this.criterion = criterion;
    this.sheet = PersonalNumbers.mask(sheet);
    this.cell = cell;
    this.row = row;
    this.columnName = PersonalNumbers.mask(columnName);
  }

  /**
   * The pointer with each segment that holds a personal number ({@link PersonalNumbers}) or a
   * run of eleven or more digits replaced by {@link PersonalNumbers#MASK}: a member named with an
   * identity number is never echoed.
   */
  private static String maskPointer(String pointer) {
    if (PersonalNumbers.fewerDigitsThanAnyNumber(pointer)
        || !PersonalNumbers.holdsAny(pointer) && !LONG_DIGITS.matcher(pointer).find()) {
      return pointer;
    }
    String[] segments = pointer.split("/", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < segments.length; i++) {
      String s = segments[i];
      String plain = s.replace("~1", "/").replace("~0", "~");
      sb.append('/').append(PersonalNumbers.holdsAny(plain) || LONG_DIGITS.matcher(plain).find()
          ? PersonalNumbers.MASK : s);
    }
    return sb.toString();
  }

  /**
   * A location with nothing known, such as for an unreadable file.
   *
   * @return the empty location
   */
  public static Location unknown() {
    return NOWHERE;
  }

  /**
   * A JSON place at a pointer.
   *
   * @param pointer the pointer, {@code ""} for the root or starting with {@code /}, not null
   * @return the location, without line and column
   * @throws IllegalArgumentException if the pointer is not empty and does not start with a slash
   */
  public static Location pointer(String pointer) {
    return new Location(checkPointer(pointer), 0, 0, null, null, null, 0, null);
  }

  /**
   * A JSON place at a pointer, with the line and column of its value in the input text; the same
   * as {@code pointer(pointer).at(line, column)}.
   *
   * @param pointer the pointer, {@code ""} for the root or starting with {@code /}, not null
   * @param line the 1-based line, {@code >= 1}
   * @param column the 1-based column, {@code >= 1}
   * @return the location
   * @throws IllegalArgumentException if the pointer does not start with a slash, or line or
   *     column is below 1
   */
  public static Location json(String pointer, int line, int column) {
    return pointer(pointer).at(line, column);
  }

  /**
   * An item: a location at a criterion of a standard.
   *
   * @param code the criterion code, not null
   * @return the location
   */
  public static Location criterion(CriterionCode code) {
    return new Location(null, 0, 0, Objects.requireNonNull(code, "code"), null, null, 0, null);
  }

  /**
   * A cell place: a cell of a spreadsheet, its row read from the reference.
   *
   * @param sheet the sheet's name as the workbook spells it, not null, not empty
   * @param a1Ref the cell's A1 reference, such as {@code C7}: one to three letters (any case; kept
   *     in upper case) up to {@code XFD}, then the row, 1 to 1,048,576, without leading zeros and
   *     without {@code $}
   * @return the location
   * @throws IllegalArgumentException if the sheet name is empty or the reference malformed
   */
  public static Location cell(String sheet, String a1Ref) {
    Objects.requireNonNull(a1Ref, "a1Ref");
    Matcher m = A1.matcher(a1Ref);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "an A1 cell reference is letters then a row number, such as C7: " + a1Ref);
    }
    String letters = m.group(1).toUpperCase(Locale.ROOT);
    int columnIndex = 0;
    for (int i = 0; i < letters.length(); i++) {
      columnIndex = columnIndex * 26 + (letters.charAt(i) - 'A' + 1);
    }
    if (columnIndex > MAX_SHEET_COLUMN) {
      throw new IllegalArgumentException("a sheet has no column beyond XFD: " + a1Ref);
    }
    int rowNumber = Integer.parseInt(m.group(2));
    checkRow(rowNumber);
    return new Location(null, 0, 0, null, checkSheet(sheet), letters + rowNumber, rowNumber, null);
  }

  /**
   * A cell place: a cell of a spreadsheet, with its row number given as the reader counted it.
   *
   * @param sheet the sheet's name as the workbook spells it, not null, not empty
   * @param a1Ref the cell's A1 reference, such as {@code C7}, as for {@link #cell(String, String)}
   * @param row the 1-based row number, which must be the reference's
   * @return the location
   * @throws IllegalArgumentException if the sheet name is empty, the reference malformed, or the
   *     row is not the reference's row
   */
  public static Location cell(String sheet, String a1Ref, int row) {
    Location l = cell(sheet, a1Ref);
    if (l.row != row) {
      throw new IllegalArgumentException(
          "the cell " + a1Ref + " lies in row " + l.row + ", not in row " + row);
    }
    return l;
  }

  /**
   * A cell place naming a whole row of a sheet, such as a record that repeats another.
   *
   * @param sheet the sheet's name as the workbook spells it, not null, not empty
   * @param row the 1-based row number, 1 to 1,048,576
   * @return the location, without a cell reference
   * @throws IllegalArgumentException if the sheet name is empty or the row out of range
   */
  public static Location sheetRow(String sheet, int row) {
    checkRow(row);
    return new Location(null, 0, 0, null, checkSheet(sheet), null, row, null);
  }

  /**
   * A cell place naming a whole sheet, such as a sheet that is missing or hidden.
   *
   * @param sheet the sheet's name as the workbook spells it, not null, not empty
   * @return the location, without row or cell
   * @throws IllegalArgumentException if the sheet name is empty
   */
  public static Location sheet(String sheet) {
    return new Location(null, 0, 0, null, checkSheet(sheet), null, 0, null);
  }

  /**
   * A CSV place: a cell of a CSV file, by its line and its column's header name.
   *
   * @param line the 1-based line of the file (the header is line 1), {@code >= 1}
   * @param column the column's name as the header spells it, not null (may be empty, as a header
   *     cell may be)
   * @return the location
   * @throws IllegalArgumentException if the line is below 1
   */
  public static Location csv(int line, String column) {
    Objects.requireNonNull(column, "column");
    checkLine(line);
    return new Location(null, line, 0, null, null, null, 0, column);
  }

  /**
   * A CSV place naming a whole line of a CSV file.
   *
   * @param line the 1-based line of the file (the header is line 1), {@code >= 1}
   * @return the location, without a column
   * @throws IllegalArgumentException if the line is below 1
   */
  public static Location csv(int line) {
    checkLine(line);
    return new Location(null, line, 0, null, null, null, 0, null);
  }

  /**
   * This JSON place with the line and column of its pointer in the input text.
   *
   * @param line the 1-based line, {@code >= 1}
   * @param column the 1-based column, {@code >= 1}
   * @return a new location
   * @throws IllegalArgumentException if line or column is below 1
   * @throws IllegalStateException if this is a cell or CSV place, which has its own position
   */
  public Location at(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    if (sheet != null || columnName != null || (this.line > 0 && this.column == 0)) {
      throw new IllegalStateException("a cell or CSV place has no JSON line and column: " + this);
    }
    return new Location(pointer, line, column, criterion, null, null, 0, null);
  }

  /**
   * This location, also naming a criterion.
   *
   * @param code the criterion code, not null
   * @return a new location
   */
  public Location withCriterion(CriterionCode code) {
    return new Location(pointer, line, column, Objects.requireNonNull(code, "code"), sheet, cell,
        row, columnName);
  }

  /**
   * This cell, CSV or item location, also naming the JSON pointer of the value it became (the
   * same problem codes then serve a workbook, a CSV file and a JSON document).
   *
   * @param pointer the pointer, {@code ""} for the root or starting with {@code /}, not null
   * @return a new location
   * @throws IllegalArgumentException if the pointer is not empty and does not start with a slash
   * @throws IllegalStateException if this location has a JSON line and column (which belong to
   *     its own pointer; use {@link #pointer(String)} for another JSON place)
   */
  public Location withPointer(String pointer) {
    if (column > 0) {
      throw new IllegalStateException("a JSON line and column belong to their pointer: " + this);
    }
    return new Location(checkPointer(pointer), line, column, criterion, sheet, cell, row,
        columnName);
  }

  /**
   * The JSON pointer: of a JSON place, or of the value a cell or CSV place became.
   *
   * @return the pointer, or empty when the problem is not about a place in JSON
   */
  public Optional<String> getPointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * The 1-based line: of the pointer's value in JSON input, or of a CSV place.
   *
   * @return the line, or empty when unknown or for a cell place
   */
  public Optional<Integer> getLine() {
    return line == 0 ? Optional.empty() : Optional.of(line);
  }

  /**
   * The 1-based column of the pointer's value in JSON input (for a CSV column see {@link
   * #getColumnName()}).
   *
   * @return the column, or empty when unknown or for a cell or CSV place
   */
  public Optional<Integer> getColumn() {
    return column == 0 ? Optional.empty() : Optional.of(column);
  }

  /**
   * The criterion the problem concerns.
   *
   * @return the code, or empty
   */
  public Optional<CriterionCode> getCriterion() {
    return Optional.ofNullable(criterion);
  }

  /**
   * The sheet of a cell place, as the workbook spells its name.
   *
   * @return the sheet name, or empty when this is not a cell place
   */
  public Optional<String> getSheet() {
    return Optional.ofNullable(sheet);
  }

  /**
   * The A1 reference of a cell place's cell, letters in upper case, such as {@code C7}.
   *
   * @return the reference, or empty when this is not a cell place or names a row or sheet only
   */
  public Optional<String> getCell() {
    return Optional.ofNullable(cell);
  }

  /**
   * The 1-based row of a cell place (the row of its cell, when it has one).
   *
   * @return the row, 1 to 1,048,576, or empty when this is not a cell place or names a sheet only
   */
  public Optional<Integer> getRow() {
    return row == 0 ? Optional.empty() : Optional.of(row);
  }

  /**
   * The column name of a CSV place, as the header spells it.
   *
   * @return the name, or empty when this is not a CSV place or names a whole line
   */
  public Optional<String> getColumnName() {
    return Optional.ofNullable(columnName);
  }

  private static String checkPointer(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
    }
    return pointer;
  }

  private static String checkSheet(String sheet) {
    Objects.requireNonNull(sheet, "sheet");
    if (sheet.isEmpty()) {
      throw new IllegalArgumentException("a sheet name is not empty");
    }
    return sheet;
  }

  private static void checkRow(int row) {
    if (row < 1 || row > MAX_ROW) {
      throw new IllegalArgumentException("a row is 1-based and at most 1048576: " + row);
    }
  }

  private static void checkLine(int line) {
    if (line < 1) {
      throw new IllegalArgumentException("a line is 1-based: " + line);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l
        && Objects.equals(pointer, l.pointer)
        && line == l.line
        && column == l.column
        && Objects.equals(criterion, l.criterion)
        && Objects.equals(sheet, l.sheet)
        && Objects.equals(cell, l.cell)
        && row == l.row
        && Objects.equals(columnName, l.columnName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column, criterion, sheet, cell, row, columnName);
  }

  /**
   * The compact technical form (see the class comment), {@code -} for an unknown location.
   *
   * @return the text, in English words where it has any
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (sheet != null) {
      sb.append('\'').append(sheet.replace("'", "''")).append('\'');
      if (cell != null) {
        sb.append('!').append(cell);
      } else if (row > 0) {
        sb.append(" (row ").append(row).append(')');
      }
    }
    if (pointer != null) {
      sb.append(sb.length() > 0 ? " " : "").append(pointer.isEmpty() ? "/" : pointer);
    }
    if (line > 0) {
      sb.append(sb.length() > 0 ? " " : "").append("(line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      } else if (columnName != null) {
        sb.append(", column '").append(columnName).append('\'');
      }
      sb.append(')');
    }
    if (criterion != null) {
      sb.append(sb.length() > 0 ? " " : "").append('[').append(criterion).append(']');
    }
    return sb.length() == 0 ? "-" : sb.toString();
  }
}
