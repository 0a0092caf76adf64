package io.github.ggw.standards.sheets;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.sheets.internal.StandardWorkbookReader;
import io.github.ggw.standards.sheets.internal.StandardWorkbookWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A standard as an XLSX workbook (评分表工作簿): the one sheet {@value #SHEET} (or {@code
 * Standard}) holds the same columns and rows as the CSV form ({@link StandardsCsv}): a header row,
 * the {@code @standard} row with the standard's settings, {@code @fact} rows and one row per item.
 * The sheet's rows go to the same parser as a CSV file's, so every feature of the CSV form reads
 * the same from a workbook; other sheets are not read.
 *
 * <p><b>Reading</b> ({@link #readStandard(byte[])}) opens the workbook as the self-assessment
 * reader does ({@link Workbooks}: size, zip-bomb and entry limits of {@link WorkbookLimits}, XML
 * without document types, {@code .xls}/{@code .xlsm}/{@code .ods}/encrypted files refused with a
 * message to save as .xlsx), streams the sheet without building the workbook, and never throws on
 * bad input: every problem comes back at once, located at the sheet, A1 cell and row ({@code
 * 「评分表」!G5}), plus the item code and JSON pointer where there is one. Problems of the whole
 * standard (such as weights that do not add up) are placed at the {@code @standard} row's
 * parameters cell. A number cell reads as its plain decimal; a formula by its last calculated value
 * with a warning; a yes/no, error or date cell, merged cells and a value in a column without a
 * header are errors.
 *
 * <p><b>Writing</b> ({@link #writeStandard(Standard)}) gives the columns and cells {@link
 * StandardsCsv#writeStandard(Standard)} writes, points, weights and steps as number cells;
 * reading it back gives an equal standard. {@link #template()} is a blank authoring workbook:
 * Chinese headers, drop-downs for rule kinds and item kinds, and one example row per rule kind
 * that reads as it is to a valid standard.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class StandardWorkbooks {
  /** The name of the sheet that holds the standard. */
  public static final String SHEET = StandardWorkbookReader.SHEET;
  private static final String TEMPLATE = "standard-template.csv";

  private final WorkbookLimits limits;
  private final MeasureRegistry measures;

  private StandardWorkbooks(WorkbookLimits limits, MeasureRegistry measures) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.measures = Objects.requireNonNull(measures, "measures");
  }

  /**
   * A reader and writer with the default workbook limits and the built-in measures.
   *
   * @return the instance
   */
  public static StandardWorkbooks create() {
    return new StandardWorkbooks(WorkbookLimits.DEFAULT, MeasureRegistry.builtIn());
  }

  /**
   * A reader and writer with given limits (the sheet's rows count against {@link
   * WorkbookLimits#maxEvidenceRows()}) and measures.
   *
   * @param limits the limits, not null
   * @param measures the measures rules may name, not null
   * @return the instance
   */
  public static StandardWorkbooks create(WorkbookLimits limits, MeasureRegistry measures) {
    return new StandardWorkbooks(limits, measures);
  }

  /**
   * Reads a standard from a workbook's bytes.
   *
   * @param xlsx the XLSX file's bytes, not null
   * @return the standard with its warnings, or every problem found: the workbook's opening
   *     (such as {@link ProblemCode#WORKBOOK_NOT_XLSX}, {@link ProblemCode#INPUT_LIMIT_EXCEEDED}),
   *     a missing sheet ({@link ProblemCode#WORKBOOK_SHEET_MISSING}), the cells, and everything
   *     the CSV form checks (header, cells, rule parameters, codes, the cross-item checks and the
   *     measures), each at its sheet, cell and row
   */
  public Result<Standard> readStandard(byte[] xlsx) {
    Objects.requireNonNull(xlsx, "xlsx");
    return new StandardWorkbookReader(limits, measures).read(xlsx);
  }

  /**
   * Reads a standard from a workbook file, reading no more than the size limit plus one byte.
   *
   * @param file the file, not null
   * @return the standard or the problems; an unreadable file is {@link
   *     ProblemCode#INPUT_UNREADABLE}, a too large one {@link ProblemCode#INPUT_LIMIT_EXCEEDED}
   */
  public Result<Standard> readStandard(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readStandard(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
          limits.maxCompressedBytes() + 1)));
    } catch (IOException | SecurityException e) {
      return Result.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE, Location.unknown(),
          String.valueOf(file.getFileName()), e.getClass().getSimpleName() + ": "
              + e.getMessage())));
    }
  }

  /**
   * Writes a standard as a workbook.
   *
   * @param standard the standard, not null
   * @return the XLSX bytes, which {@link #readStandard(byte[])} reads back to an equal standard
   */
  public byte[] writeStandard(Standard standard) {
    Objects.requireNonNull(standard, "standard");
    return new StandardWorkbookWriter().write(rows(StandardsCsv.create().writeStandard(standard)),
        false);
  }

  /**
   * A blank authoring workbook: the sheet {@value #SHEET} with the headers in Chinese, drop-down
   * lists on the rule-kind ({@code 评分方式}) and item-kind ({@code 类型}) columns, a {@code
   * @standard} row and one example item per rule kind, under two example dimensions and a veto.
   * Read as it is, it gives a valid standard ({@code example-standard} 2026.1).
   *
   * @return the XLSX bytes
   */
  public static byte[] template() {
    try (InputStream in = StandardWorkbooks.class.getResourceAsStream(TEMPLATE)) {
      String csv = new String(Objects.requireNonNull(in, TEMPLATE).readAllBytes(),
          StandardCharsets.UTF_8);
      return new StandardWorkbookWriter().write(rows(csv), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of a CSV text, as the CSV writer wrote them. */
  private static List<String[]> rows(String csv) {
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    }
    return rows;
  }
}
