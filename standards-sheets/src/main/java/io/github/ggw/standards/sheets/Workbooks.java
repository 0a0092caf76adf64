package io.github.ggw.standards.sheets;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.sheets.internal.CarryOver;
import io.github.ggw.standards.sheets.internal.WorkbookTemplateWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Self-assessment workbooks (自查自评工作簿): the XLSX form a school fills in instead of writing
 * JSON, laid out as {@code docs/formats/workbook.md} describes (instructions, unit, one sheet per
 * evidence kind the standard uses, claims; hidden key row, drop-down lists, data validation, no
 * formulas). Written with Apache POI; stateless and thread-safe.
 */
public final class Workbooks {
  private Workbooks() {}

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
        String.valueOf(standard.getApplicableUnitTypes())));
  }
}
