package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.sheets.internal.CarryOver;
import io.github.ggw.standards.sheets.internal.WorkbookReader;
import io.github.ggw.standards.sheets.internal.WorkbookTemplateWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Self-assessment workbooks (自查自评工作簿): XLSX files a school fills in instead of writing JSON,
 * laid out as {@code docs/formats/workbook.md} describes.
 *
 * <p><b>Reading</b> ({@link #read(byte[], Standard)} and its overloads) is the way to read an
 * untrusted workbook: it never throws on bad input and never builds the workbook in memory (POI's
 * SAX event model over {@code XSSFReader}). It returns the assessment, or every problem at once,
 * each located as the user sees it: sheet, A1 cell and row ({@code 「学习培训」!C7}), plus the JSON
 * pointer of the value the cell became, so the problem codes of JSON serve workbooks too. The
 * assessment read then passes the checks a JSON assessment passes: the JSON reader's (binding,
 * Bean Validation, the personal-data scan) and those against the standard ({@link
 * io.github.ggw.standards.rules.check.AssessmentChecker}: one valid claim per applicable item, on
 * the step grid and within the maximum, the standard and year answered). Hostile files (zip bombs,
 * XML entities, files past {@link WorkbookLimits}) are refused before POI reads them; {@code .xls},
 * {@code .et}, {@code .xlsm}, {@code .ods} and encrypted files are refused with a message saying
 * to save as .xlsx.
 *
 * <p><b>Writing</b> ({@link #template(Standard, UnitType, Locale)} and {@link
 * #template(Standard, SelfAssessment, OptionalInt, Locale)}) makes the template a district hands to
 * schools, blank or pre-filled from an earlier assessment by the carry-over rules: instructions,
 * unit, one sheet per evidence kind the standard uses, claims; a hidden key row, drop-down lists,
 * data validation, protected headers and no formulas (Apache POI XSSF).
 *
 * <p>Immutable and thread-safe (static methods only).
 */
public final class Workbooks {
  private Workbooks() {}

  // ---- reading

  /**
   * Reads a self-assessment workbook in strict mode with the default limits.
   *
   * @param bytes the XLSX file's bytes, not null
   * @param standard the standard the assessment answers, not null
   * @return the assessment with its warnings, or every problem
   */
  public static Result<SelfAssessment> read(byte[] bytes, Standard standard) {
    return read(bytes, standard, ReadMode.STRICT);
  }

  /**
   * Reads a self-assessment workbook with the default limits.
   *
   * @param bytes the XLSX file's bytes, not null
   * @param standard the standard the assessment answers, not null
   * @param mode strict (a sheet or column the template does not have is an error) or lenient (a
   *     warning), not null
   * @return the assessment with its warnings, or every problem
   */
  public static Result<SelfAssessment> read(byte[] bytes, Standard standard, ReadMode mode) {
    return read(bytes, standard, mode, WorkbookLimits.DEFAULT);
  }

  /**
   * Reads a self-assessment workbook.
   *
   * @param bytes the XLSX file's bytes, not null
   * @param standard the standard the assessment answers, not null
   * @param mode strict or lenient about sheets and columns the template does not have, not null
   * @param limits the limits, not null
   * @return the assessment with its warnings, or every problem
   */
  public static Result<SelfAssessment> read(byte[] bytes, Standard standard, ReadMode mode,
      WorkbookLimits limits) {
    Objects.requireNonNull(bytes, "bytes");
    return new WorkbookReader(standard, mode, limits).read(bytes);
  }

  /**
   * Places problems found after reading (the scorer's warnings, located by JSON pointer such as
   * {@code /claims/3/points}) at the cells their pointers came from, as {@link
   * io.github.ggw.standards.json.StandardsJson#locate(byte[], List)} adds lines and columns for
   * JSON. Reads the workbook again; problems without a pointer, or already at a cell, are kept as
   * they are.
   *
   * @param bytes the workbook the problems are about, not null
   * @param standard the standard it was read against, not null
   * @param problems the problems, not null
   * @return the problems in the same order, placed where their pointers' cells are
   */
  public static List<Problem> locate(byte[] bytes, Standard standard, List<Problem> problems) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(problems, "problems");
    return new WorkbookReader(standard, ReadMode.LENIENT, WorkbookLimits.DEFAULT)
        .locate(bytes, problems);
  }

  /**
   * Reads a self-assessment workbook from a stream in strict mode with the default limits,
   * reading at most the size limit plus one byte; see {@link #read(byte[], Standard)}.
   *
   * @param in the stream, not null; not closed
   * @param standard the standard the assessment answers, not null
   * @return the assessment with its warnings, or every problem; a stream longer than the limit is
   *     refused with {@code INPUT_LIMIT_EXCEEDED} without reading the rest
   */
  public static Result<SelfAssessment> read(InputStream in, Standard standard) {
    return read(in, standard, ReadMode.STRICT);
  }

  /**
   * Reads a self-assessment workbook from a stream with the default limits; see {@link
   * #read(InputStream, Standard)}.
   *
   * @param in the stream, not null; not closed
   * @param standard the standard the assessment answers, not null
   * @param mode strict or lenient about sheets and columns the template does not have, not null
   * @return the assessment with its warnings, or every problem
   */
  public static Result<SelfAssessment> read(InputStream in, Standard standard, ReadMode mode) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(standard, "standard");
    WorkbookLimits limits = WorkbookLimits.DEFAULT;
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
          limits.maxCompressedBytes() + 1));
    } catch (IOException e) {
      return Result.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE, Location.unknown(),
          null, String.valueOf(e.getMessage()))));
    }
    return read(bytes, standard, mode, limits);
  }

  // ---- writing

  /**
   * A blank template for a standard and unit type: the claims sheet lists every item that applies
   * to the unit type, in tree order; items that do not apply are absent.
   *
   * @param standard the standard, not null
   * @param unitType the unit type the template is for, not null
   * @param locale the language of sheet names, headers, hints and labels: Chinese for any {@code
   *     zh} locale, English otherwise; not null
   * @return the XLSX bytes; or, when the standard does not apply to the unit type, one {@link
   *     ProblemCode#ASSESSMENT_UNIT_TYPE_NOT_COVERED} error
   */
  public static Result<byte[]> template(Standard standard, UnitType unitType, Locale locale) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(unitType, "unitType");
    Objects.requireNonNull(locale, "locale");
    Optional<Problem> uncovered = uncovered(standard, unitType);
    if (uncovered.isPresent()) {
      return Result.refused(List.of(uncovered.get()));
    }
    return Result.of(new WorkbookTemplateWriter(standard, unitType, locale, Optional.empty(),
        MeasureRegistry.builtIn()).write());
  }

  /**
   * A template pre-filled from an earlier assessment (such as last year's), after the carry-over
   * rules: standing records (organisation, elder roster, care carriers, support counts, mentoring
   * pairs, designations held) are copied; dated records outside the new year are dropped; claims
   * are copied as a starting point where the standard still lists their item; the unit is kept.
   * The template is for the source's unit type and holds a sheet for every kind the source has
   * records of, so nothing carried over is lost.
   *
   * @param standard the standard of the new workbook (may be another version than the source's),
   *     not null
   * @param source the earlier assessment, not null
   * @param year the new assessment year; empty to keep the source's year (nothing dropped: the
   *     workbook holds the same assessment as the source)
   * @param locale the template's language, not null
   * @return the XLSX bytes, with one warning per record or claim not carried over ({@link
   *     ProblemCode#CARRY_OVER_RECORD_DROPPED}, {@link ProblemCode#CARRY_OVER_CLAIM_UNMAPPED},
   *     located by the JSON pointer in the source); or one {@link
   *     ProblemCode#ASSESSMENT_UNIT_TYPE_NOT_COVERED} error
   */
  public static Result<byte[]> template(Standard standard, SelfAssessment source,
      OptionalInt year, Locale locale) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(locale, "locale");
    Optional<Problem> uncovered = uncovered(standard, source.getUnit().type());
    if (uncovered.isPresent()) {
      return Result.refused(List.of(uncovered.get()));
    }
    Result<SelfAssessment> carried = CarryOver.apply(source, standard, year);
    SelfAssessment a = carried.value().orElseThrow();
    byte[] bytes = new WorkbookTemplateWriter(standard, a.getUnit().type(), locale,
        Optional.of(a), MeasureRegistry.builtIn()).write();
    return Result.of(bytes, carried.warnings());
  }

  private static Optional<Problem> uncovered(Standard standard, UnitType type) {
    if (standard.getApplicableUnitTypes().contains(type)) {
      return Optional.empty();
    }
    return Optional.of(Problem.of(ProblemCode.ASSESSMENT_UNIT_TYPE_NOT_COVERED,
        Location.pointer("/unit/type"), type.name(), type.name(),
        String.valueOf(standard.getApplicableUnitTypes()),
        io.github.ggw.standards.model.Labels.of(type).zh(),
        standard.getApplicableUnitTypes().stream()
            .map(t -> io.github.ggw.standards.model.Labels.of(t).zh())
            .collect(java.util.stream.Collectors.joining("、"))));
  }
}
