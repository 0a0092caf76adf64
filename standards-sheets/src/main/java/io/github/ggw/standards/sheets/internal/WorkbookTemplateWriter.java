package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.FactType;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.sheets.internal.WorkbookLayout.Column;
import io.github.ggw.standards.sheets.internal.WorkbookLayout.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a self-assessment workbook as {@link WorkbookLayout} lays it out: a blank template for a
 * standard and unit type, or one pre-filled with an assessment's unit, evidence and claims. Holds
 * no formulas. One instance writes one workbook; not thread-safe.
 */
public final class WorkbookTemplateWriter {
  /** The data rows each data sheet's validations and column styles cover: {@value}. */
  public static final int DATA_ROWS = 10_000;

  private final Standard standard;
  private final UnitType unitType;
  private final Locale locale;
  private final Optional<SelfAssessment> source;
  private final MeasureRegistry measures;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final Map<String, List<String>> lists = new LinkedHashMap<>();
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final Map<String, String> sheetMap = new LinkedHashMap<>();

  /**
   * A writer.
   *
   * @param standard the standard the workbook answers, not null
   * @param unitType the unit type, not null; items not applicable to it are left out
   * @param locale the template's language (Chinese for any {@code zh} locale, else English), not
   *     null
   * @param source the assessment to pre-fill from (its unit, evidence and claims as they are:
   *     carry-over rules are applied before), or empty for a blank template
   * @param measures the registry that says which evidence kind each measure reads, not null
   */
  public WorkbookTemplateWriter(Standard standard, UnitType unitType, Locale locale,
      Optional<SelfAssessment> source, MeasureRegistry measures) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.unitType = Objects.requireNonNull(unitType, "unitType");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.source = Objects.requireNonNull(source, "source");
    this.measures = Objects.requireNonNull(measures, "measures");
  }

  /**
   * The evidence kinds a template for a standard holds a sheet for: those its applicable items'
   * measures read (rules, deductions and vetoes; a filtered measure reads its query's kind), {@code designation} when it has prerequisites,
   * and every kind of an assessment's records; in the registry's order.
   *
   * @param standard the standard, not null
   * @param unitType the unit type, not null
   * @param registry the measure registry, not null
   * @param assessment an assessment whose kinds are added, or null
   * @return the kinds, unmodifiable
   */
  public static List<EvidenceKind> kindsUsed(Standard standard, UnitType unitType,
      MeasureRegistry registry, SelfAssessment assessment) {
    Map<String, String> kindOf = registry.catalogue().stream()
        .filter(d -> d.evidenceKind().isPresent())
        .collect(Collectors.toMap(d -> d.name().toString(), d -> d.evidenceKind().get(),
            (a, b) -> a));
    Set<String> used = new LinkedHashSet<>();
    standard.getAllCriteria().filter(c -> !c.isNotApplicableTo(unitType))
        .forEach(c -> c.getRule().ifPresent(r -> MeasureRegistry.refs(r).forEach(ref -> {
          String k = ref.query().map(q -> q.kind()).orElse(kindOf.get(ref.name().toString()));
          if (k != null) {
            used.add(k);
          }
        })));
    if (!standard.getPrerequisites().isEmpty()) {
      used.add("designation");
    }
    if (assessment != null) {
      assessment.getEvidence().forEach(e -> used.add(EvidenceKinds.of(e).name()));
    }
    // declared facts have a sheet of their own (事实数据), not an evidence sheet
    return EvidenceKinds.all().stream().filter(k -> used.contains(k.name()))
        .filter(k -> k.recordClass() != FactValue.class).toList();
  }

  /**
   * The items the counted-deductions sheet lists for a unit type: the applicable items scored by
   * a {@link CountedDeduction}, in tree order.
   *
   * @param standard the standard, not null
   * @param unitType the unit type, not null
   * @return the items, unmodifiable; empty when the standard has none (no sheet is written)
   */
  public static List<Criterion> countedItems(Standard standard, UnitType unitType) {
    return claimItems(standard, unitType).stream()
        .filter(c -> c.getRule().orElse(null) instanceof CountedDeduction).toList();
  }

  /**
   * The items the claims sheet lists for a unit type: the claimable items ({@link
   * AssessmentChecker#isClaimable(Criterion)}) that apply to it, in tree order.
   *
   * @param standard the standard, not null
   * @param unitType the unit type, not null
   * @return the items, unmodifiable
   */
  public static List<Criterion> claimItems(Standard standard, UnitType unitType) {
    return standard.getAllCriteria().filter(AssessmentChecker::isClaimable)
        .filter(c -> !c.isNotApplicableTo(unitType)).toList();
  }

  /**
   * The step a claim of an item takes: a judgement's step, else the standard's claim step (as
   * the assessment checks use).
   *
   * @param standard the standard, not null
   * @param item one of its items, not null
   * @return the step, {@code > 0}
   */
  public static BigDecimal claimStep(Standard standard, Criterion item) {
    ScoringRule r = item.getRule().orElse(null);
    return r instanceof Judgement j ? j.step() : standard.getClaimStep();
  }

  /**
   * Writes the workbook.
   *
   * @return the XLSX bytes
   * @throws UncheckedIOException never in practice (the workbook is written to memory)
   */
  public byte[] write() {
    XSSFSheet instructions = wb.createSheet(name(WorkbookLayout.sheetName(Role.INSTRUCTIONS)));
    XSSFSheet unit = wb.createSheet(name(WorkbookLayout.sheetName(Role.UNIT)));
    sheetMap.put(WorkbookLayout.roleKey(Role.UNIT, null), unit.getSheetName());
    List<EvidenceKind> kinds = kindsUsed(standard, unitType, measures, source.orElse(null));
    List<XSSFSheet> evidenceSheets = new ArrayList<>();
    for (EvidenceKind k : kinds) {
      XSSFSheet s = wb.createSheet(name(WorkbookLayout.sheetName(k)));
      sheetMap.put(WorkbookLayout.roleKey(Role.EVIDENCE, k), s.getSheetName());
      evidenceSheets.add(s);
    }
    List<FactValue> sourceFacts = source.map(a -> a.getEvidence().stream()
        .filter(FactValue.class::isInstance).map(FactValue.class::cast).toList())
        .orElse(List.of());
    XSSFSheet facts = null;
    if (!standard.getFacts().isEmpty() || !sourceFacts.isEmpty()) {
      facts = wb.createSheet(name(WorkbookLayout.sheetName(Role.FACTS)));
      sheetMap.put(WorkbookLayout.roleKey(Role.FACTS, null), facts.getSheetName());
    }
    XSSFSheet claims = wb.createSheet(name(WorkbookLayout.sheetName(Role.CLAIMS)));
    sheetMap.put(WorkbookLayout.roleKey(Role.CLAIMS, null), claims.getSheetName());
    XSSFSheet deductions = null;
    if (!countedItems(standard, unitType).isEmpty() || source.map(a -> a.getClaims().stream()
        .anyMatch(c -> !c.deficiencies().isEmpty())).orElse(false)) {
      deductions = wb.createSheet(name(WorkbookLayout.sheetName(Role.DEDUCTIONS)));
      sheetMap.put(WorkbookLayout.roleKey(Role.DEDUCTIONS, null), deductions.getSheetName());
    }
    XSSFSheet meta = wb.createSheet(WorkbookLayout.META_SHEET);
    XSSFSheet listSheet = wb.createSheet(WorkbookLayout.LISTS_SHEET);

    // lists first: the validations refer to their ranges
    lists.put(WorkbookLayout.LIST_FLAG, List.of(WorkbookLayout.flagLabel(true, locale),
        WorkbookLayout.flagLabel(false, locale)));
    lists.put(WorkbookLayout.UNIT_DISTRICT, districtLabels());
    for (EvidenceKind k : kinds) {
      for (EvidenceField f : k.fields()) {
        if (f.type() == EvidenceFieldType.ENUM) {
          lists.put(WorkbookLayout.key(k, f), WorkbookLayout.labels(f, locale));
        }
      }
    }
    for (DeclaredFact f : standard.getFacts()) {
      if (f.getType() == FactType.CHOICE && !f.getChoices().isEmpty()) {
        lists.put(factListKey(f), f.getChoices());
      }
    }
    writeLists(listSheet);

    writeInstructions(instructions);
    writeUnit(unit);
    for (int i = 0; i < kinds.size(); i++) {
      writeEvidence(evidenceSheets.get(i), kinds.get(i));
    }
    if (facts != null) {
      writeFacts(facts, sourceFacts);
    }
    writeClaims(claims);
    if (deductions != null) {
      writeDeductions(deductions);
    }
    writeMeta(meta);

    wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    wb.setSheetVisibility(wb.getSheetIndex(listSheet), SheetVisibility.VERY_HIDDEN);
    wb.setActiveSheet(0);
    wb.setFirstVisibleTab(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (wb) {
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ---- sheets

  private void writeInstructions(XSSFSheet s) {
    String title = WorkbookLayout.text("instructions.title", locale,
        standard.getTitle().in(locale), standard.getId() + " " + standard.getVersion(),
        WorkbookLayout.unitTypeLabel(unitType, locale));
    XSSFCell t = s.createRow(0).createCell(0);
    t.setCellValue(title);
    t.setCellStyle(style("title"));
    for (int i = 1; ; i++) {
      String key = "instructions." + i;
      String line;
      try {
        line = WorkbookLayout.text(key, locale);
      } catch (java.util.MissingResourceException e) {
        break;
      }
      XSSFCell c = s.createRow(i + 1).createCell(0);
      c.setCellValue(i + ". " + line);
      c.setCellStyle(style("wrap"));
    }
    s.setColumnWidth(0, 110 * 256);
    s.enableLocking();
  }

  private void writeUnit(XSSFSheet s) {
    List<Column> cols = WorkbookLayout.unitColumns();
    header(s, cols, List.of(
        hints("hint.required"), hints("hint.required"), hints("hint.locked"),
        hints("hint.required", "hint.district"), hints("hint.required", "hint.year"),
        hints("hint.locked"), hints("hint.locked")));
    XSSFRow row = s.createRow(WorkbookLayout.FIRST_DATA_ROW);
    Optional<Unit> u = source.map(SelfAssessment::getUnit);
    text(row, 0, u.map(x -> x.id().toString()).orElse(null), "text");
    text(row, 1, u.map(Unit::name).orElse(null), "text");
    text(row, 2, WorkbookLayout.unitTypeLabel(unitType, locale), "locked");
    text(row, 3, u.map(x -> WorkbookLayout.districtLabel(x.district(), locale)).orElse(null),
        "text");
    Cell year = row.createCell(4);
    year.setCellStyle(style("whole"));
    source.ifPresent(a -> year.setCellValue(a.getYear()));
    text(row, 5, standard.getId().toString(), "locked");
    text(row, 6, standard.getVersion().toString(), "locked");
    int r = WorkbookLayout.FIRST_DATA_ROW;
    listValidation(s, WorkbookLayout.UNIT_DISTRICT, r, r, 3);
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
    validate(s, h.createIntegerConstraint(OperatorType.BETWEEN, "2000", "2100"), r, r, 4,
        WorkbookLayout.text("validation.wholeNumber", locale, "2000", "2100"), true);
    validate(s, h.createTextLengthConstraint(OperatorType.BETWEEN, "1", "100"), r, r, 1,
        WorkbookLayout.text("validation.text", locale, "100"), true);
    for (int i = 0; i < cols.size(); i++) {
      s.setColumnWidth(i, (i == 1 ? 36 : 18) * 256);
    }
    protect(s);
  }

  private void writeEvidence(XSSFSheet s, EvidenceKind kind) {
    List<Column> cols = WorkbookLayout.evidenceColumns(kind);
    List<String> hints = new ArrayList<>();
    for (EvidenceField f : kind.fields()) {
      hints.add(hint(kind, f));
    }
    header(s, cols, hints);
    int last = WorkbookLayout.FIRST_DATA_ROW + DATA_ROWS - 1;
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
    for (int i = 0; i < kind.fields().size(); i++) {
      EvidenceField f = kind.fields().get(i);
      s.setDefaultColumnStyle(i, style(styleOf(f)));
      s.setColumnWidth(i, width(f) * 256);
      int first = WorkbookLayout.FIRST_DATA_ROW;
      switch (f.type()) {
        case ENUM -> listValidation(s, WorkbookLayout.key(kind, f), first, last, i);
        case FLAG -> listValidation(s, WorkbookLayout.LIST_FLAG, first, last, i);
        case WHOLE_NUMBER -> validate(s, h.createIntegerConstraint(OperatorType.BETWEEN,
            plain(f.min().orElse(BigDecimal.ZERO)), plain(f.max().orElse(BigDecimal.ZERO))),
            first, last, i, WorkbookLayout.text("validation.wholeNumber", locale,
                plain(f.min().orElse(BigDecimal.ZERO)), plain(f.max().orElse(BigDecimal.ZERO))),
            true);
        case DECIMAL, YUAN -> validate(s, h.createDecimalConstraint(OperatorType.BETWEEN,
            plain(f.min().orElse(BigDecimal.ZERO)), plain(f.max().orElse(BigDecimal.ZERO))),
            first, last, i, WorkbookLayout.text("validation.decimal", locale,
                plain(f.min().orElse(BigDecimal.ZERO)), plain(f.max().orElse(BigDecimal.ZERO))),
            true);
        case DATE -> validate(s, h.createDateConstraint(OperatorType.BETWEEN,
            "DATE(1900,1,1)", "DATE(2100,12,31)", null), first, last, i,
            WorkbookLayout.text("validation.date", locale), false);
        case TEXT -> {
          if (f.maxLength().isPresent()) {
            validate(s, h.createTextLengthConstraint(OperatorType.BETWEEN, "1",
                String.valueOf(f.maxLength().getAsInt())), first, last, i,
                WorkbookLayout.text("validation.text", locale, f.maxLength().getAsInt()), true);
          }
        }
        default -> { }
      }
    }
    if (source.isPresent()) {
      int r = WorkbookLayout.FIRST_DATA_ROW;
      for (Evidence e : source.get().getEvidence()) {
        if (EvidenceKinds.of(e) == kind) {
          writeRecord(s.createRow(r++), kind, e);
        }
      }
    }
    protect(s);
  }

  private void writeRecord(XSSFRow row, EvidenceKind kind, Evidence e) {
    for (int i = 0; i < kind.fields().size(); i++) {
      EvidenceField f = kind.fields().get(i);
      Object v = value(e, f.name());
      Cell c = row.createCell(i);
      c.setCellStyle(style(styleOf(f)));
      switch (f.type()) {
        case ENUM -> c.setCellValue(WorkbookLayout.label(
            f.choice(((Enum<?>) v).name()).orElseThrow(), locale));
        case FLAG -> c.setCellValue(WorkbookLayout.flagLabel((Boolean) v, locale));
        case DATE -> c.setCellValue((LocalDate) v);
        case WHOLE_NUMBER -> c.setCellValue(((Number) v).longValue());
        case DECIMAL, YUAN -> c.setCellValue(((BigDecimal) v).doubleValue());
        default -> {
          String t = String.valueOf(v);
          if (!t.isEmpty()) {
            c.setCellValue(t);
          }
        }
      }
    }
  }

  private void writeClaims(XSSFSheet s) {
    List<Column> cols = WorkbookLayout.claimColumns();
    header(s, cols, List.of(hints("hint.locked"), hints("hint.locked"), hints("hint.locked"),
        hints("hint.locked"), hints("hint.locked"), hints("hint.required", "hint.claimPoints"),
        WorkbookLayout.text("validation.text", locale, "2000")));
    Map<CriterionCode, Claim> claimed = new HashMap<>();
    source.ifPresent(a -> a.getClaims().forEach(c -> claimed.putIfAbsent(c.code(), c)));
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
    int r = WorkbookLayout.FIRST_DATA_ROW;
    for (Criterion item : claimItems(standard, unitType)) {
      XSSFRow row = s.createRow(r);
      text(row, 0, item.getCode().toString(), "locked");
      text(row, 1, item.getTitle().in(locale), "lockedWrap");
      number(row, 2, item.getMaxPoints().toBigDecimal(), "lockedDecimal");
      BigDecimal step = claimStep(standard, item);
      number(row, 3, step, "lockedDecimal");
      boolean computed = item.getRule().map(ScoringRule::isComputed).orElse(false)
          && !(item.getRule().get() instanceof Veto);
      text(row, 4, WorkbookLayout.text(computed ? "scoring.computed" : "scoring.judgement",
          locale), "lockedWrap");
      Claim c = claimed.get(item.getCode());
      Cell points = row.createCell(5);
      points.setCellStyle(style("decimal"));
      if (c != null && c.pointsGiven()) {
        points.setCellValue(c.points().toBigDecimal().doubleValue());
      }
      Cell narrative = row.createCell(6);
      narrative.setCellStyle(style("textWrap"));
      if (c != null && !c.narrative().isEmpty()) {
        narrative.setCellValue(c.narrative());
      }
      String max = plain(item.getMaxPoints().toBigDecimal());
      validate(s, h.createDecimalConstraint(OperatorType.BETWEEN, "0", max), r, r, 5,
          WorkbookLayout.text("validation.decimal", locale, "0", max), true);
      r++;
    }
    if (r > WorkbookLayout.FIRST_DATA_ROW) {
      validate(s, h.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "2000", null),
          WorkbookLayout.FIRST_DATA_ROW, r - 1, 6,
          WorkbookLayout.text("validation.text", locale, "2000"), true);
    }
    int[] widths = {12, 40, 8, 8, 24, 10, 48};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    protect(s);
  }

  private static String factListKey(DeclaredFact f) {
    return WorkbookLayout.FACT_VALUE + "." + f.getCode();
  }

  private void writeFacts(XSSFSheet s, List<FactValue> given) {
    header(s, WorkbookLayout.factColumns(), List.of(hints("hint.locked"), hints("hint.locked"),
        hints("hint.locked"), hints("hint.factValue")));
    Map<String, String> values = new LinkedHashMap<>();
    given.forEach(f -> values.putIfAbsent(f.code(), f.value()));
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
    int r = WorkbookLayout.FIRST_DATA_ROW;
    for (DeclaredFact f : standard.getFacts()) {
      XSSFRow row = s.createRow(r);
      text(row, 0, f.getCode(), "locked");
      text(row, 1, f.getTitle().in(locale), "lockedWrap");
      text(row, 2, factType(f), "lockedWrap");
      String v = values.remove(f.getCode());
      Cell c = row.createCell(3);
      String min = plain(f.getMin().orElse(BigDecimal.ZERO));
      switch (f.getType()) {
        case FLAG -> {
          c.setCellStyle(style("text"));
          listValidation(s, WorkbookLayout.LIST_FLAG, r, r, 3);
          if (v != null) {
            c.setCellValue("true".equals(v) || "false".equals(v)
                ? WorkbookLayout.flagLabel(Boolean.parseBoolean(v), locale) : v);
          }
        }
        case CHOICE -> {
          c.setCellStyle(style("text"));
          if (lists.containsKey(factListKey(f))) {
            listValidation(s, factListKey(f), r, r, 3);
          }
          if (v != null) {
            c.setCellValue(v);
          }
        }
        case DATE -> {
          c.setCellStyle(style("date"));
          validate(s, h.createDateConstraint(OperatorType.BETWEEN, "DATE(1900,1,1)",
              "DATE(2100,12,31)", null), r, r, 3, WorkbookLayout.text("validation.date", locale),
              false);
          if (v != null) {
            try {
              c.setCellValue(LocalDate.parse(v));
            } catch (java.time.format.DateTimeParseException e) {
              c.setCellValue(v);
            }
          }
        }
        default -> {
          boolean whole = f.getType() == FactType.COUNT;
          String max = plain(f.getMax().orElse(BigDecimal.valueOf(whole ? 2_000_000_000L
              : 1_000_000_000_000L)));
          c.setCellStyle(style(whole ? "whole" : "decimal"));
          validate(s, whole ? h.createIntegerConstraint(OperatorType.BETWEEN, min, max)
              : h.createDecimalConstraint(OperatorType.BETWEEN, min, max), r, r, 3,
              WorkbookLayout.text(whole ? "validation.wholeNumber" : "validation.decimal",
                  locale, min, max), true);
          if (v != null) {
            try {
              c.setCellValue(new BigDecimal(v).doubleValue());
            } catch (NumberFormatException e) {
              c.setCellValue(v);
            }
          }
        }
      }
      r++;
    }
    // values of facts the standard does not declare: kept, so that nothing is lost
    for (Map.Entry<String, String> e : values.entrySet()) {
      XSSFRow row = s.createRow(r++);
      text(row, 0, e.getKey(), "text");
      text(row, 3, e.getValue(), "text");
    }
    int[] widths = {26, 36, 30, 18};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    protect(s);
  }

  private String factType(DeclaredFact f) {
    List<String> parts = new ArrayList<>();
    parts.add(WorkbookLayout.text("fact.type." + f.getType().name(), locale,
        String.join(" / ", f.getChoices())));
    f.getUnit().ifPresent(u -> parts.add(WorkbookLayout.text("hint.unit", locale, u)));
    if (f.getMin().isPresent() && f.getMax().isPresent()) {
      parts.add(WorkbookLayout.text("hint.range", locale, plain(f.getMin().get()),
          plain(f.getMax().get())));
    }
    return String.join("; ", parts);
  }

  private void writeDeductions(XSSFSheet s) {
    header(s, WorkbookLayout.deductionColumns(), List.of(hints("hint.locked"),
        hints("hint.locked"), hints("hint.locked"), hints("hint.locked"), hints("hint.locked"),
        hints("hint.deductionCount")));
    Map<CriterionCode, Claim> claimed = new LinkedHashMap<>();
    source.ifPresent(a -> a.getClaims().forEach(c -> claimed.putIfAbsent(c.code(), c)));
    int r = WorkbookLayout.FIRST_DATA_ROW;
    Set<String> written = new LinkedHashSet<>();
    for (Criterion item : countedItems(standard, unitType)) {
      Claim c = claimed.get(item.getCode());
      for (CountedDeficiency d : ((CountedDeduction) item.getRule().orElseThrow()).deficiencies()) {
        XSSFRow row = s.createRow(r++);
        text(row, 0, item.getCode().toString(), "locked");
        text(row, 1, item.getTitle().in(locale), "lockedWrap");
        text(row, 2, d.code(), "locked");
        text(row, 3, d.reason().in(locale), "lockedWrap");
        number(row, 4, d.pointsEach().toBigDecimal(), "lockedDecimal");
        Cell count = row.createCell(5);
        count.setCellStyle(style("whole"));
        if (c != null && c.deficiencies().codes().contains(d.code())) {
          count.setCellValue(c.deficiencies().countOf(d.code()));
        }
        written.add(item.getCode() + " " + d.code());
      }
    }
    // counts the standard does not declare (or of items it does not list): kept, not lost
    for (Claim c : claimed.values()) {
      for (DeficiencyCounts.Count n : c.deficiencies().entries()) {
        if (written.add(c.code() + " " + n.code())) {
          XSSFRow row = s.createRow(r++);
          text(row, 0, c.code().toString(), "text");
          text(row, 2, n.code(), "text");
          Cell count = row.createCell(5);
          count.setCellStyle(style("whole"));
          count.setCellValue(n.count());
        }
      }
    }
    if (r > WorkbookLayout.FIRST_DATA_ROW) {
      XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
      validate(s, h.createIntegerConstraint(OperatorType.BETWEEN, "0", "1000000"),
          WorkbookLayout.FIRST_DATA_ROW, r - 1, 5,
          WorkbookLayout.text("validation.wholeNumber", locale, "0", "1000000"), true);
    }
    int[] widths = {12, 36, 12, 36, 10, 10};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    protect(s);
  }

  private void writeMeta(XSSFSheet s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(WorkbookLayout.META_KIND, WorkbookLayout.KIND);
    m.put(WorkbookLayout.META_FORMAT_VERSION, String.valueOf(WorkbookLayout.FORMAT_VERSION));
    m.put(WorkbookLayout.META_STANDARD_ID, standard.getId().toString());
    m.put(WorkbookLayout.META_STANDARD_VERSION, standard.getVersion().toString());
    m.put(WorkbookLayout.META_UNIT_TYPE, unitType.name());
    m.put(WorkbookLayout.META_LANGUAGE, WorkbookLayout.languageTag(locale));
    sheetMap.forEach((role, sheet) -> m.put(WorkbookLayout.META_SHEET_PREFIX + role, sheet));
    int r = 0;
    for (Map.Entry<String, String> e : m.entrySet()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(e.getKey());
      row.createCell(1).setCellValue(e.getValue());
    }
  }

  private void writeLists(XSSFSheet s) {
    int col = 0;
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      row(s, 0).createCell(col).setCellValue(e.getKey());
      for (int i = 0; i < e.getValue().size(); i++) {
        row(s, i + 1).createCell(col).setCellValue(e.getValue().get(i));
      }
      col++;
    }
  }

  // ---- pieces

  private void header(XSSFSheet s, List<Column> cols, List<String> hints) {
    XSSFRow header = s.createRow(WorkbookLayout.HEADER_ROW);
    XSSFRow keys = s.createRow(WorkbookLayout.KEY_ROW);
    XSSFDrawing drawing = s.createDrawingPatriarch();
    for (int i = 0; i < cols.size(); i++) {
      XSSFCell h = header.createCell(i);
      h.setCellValue(cols.get(i).header().in(locale));
      h.setCellStyle(style("header"));
      String hint = hints.get(i);
      if (!hint.isEmpty()) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, i + 1, 0, i + 5, 6);
        anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(hint));
        comment.setAuthor("standards");
        h.setCellComment(comment);
      }
      XSSFCell k = keys.createCell(i);
      k.setCellValue(cols.get(i).key());
      k.setCellStyle(style("locked"));
    }
    keys.setZeroHeight(true);
    s.createFreezePane(0, WorkbookLayout.FIRST_DATA_ROW);
  }

  private String hint(EvidenceKind kind, EvidenceField f) {
    List<String> parts = new ArrayList<>();
    parts.add(WorkbookLayout.text("hint.type", locale, f.type().label().in(locale)));
    f.unit().ifPresent(u -> parts.add(WorkbookLayout.text("hint.unit", locale,
        u.label().in(locale))));
    if (f.min().isPresent() && f.max().isPresent()) {
      parts.add(WorkbookLayout.text(f.minInclusive() ? "hint.range" : "hint.rangeAbove", locale,
          plain(f.min().get()), plain(f.max().get())));
    }
    if (f.type() == EvidenceFieldType.WHOLE_NUMBER) {
      parts.add(WorkbookLayout.text("hint.wholeNumber", locale));
    }
    if (f.type() == EvidenceFieldType.DATE) {
      parts.add(WorkbookLayout.text("hint.date", locale));
    }
    if (f.type() == EvidenceFieldType.ENUM || f.type() == EvidenceFieldType.FLAG) {
      parts.add(WorkbookLayout.text("hint.choice", locale));
    }
    f.maxLength().ifPresent(n -> parts.add(WorkbookLayout.text("hint.maxLength", locale, n)));
    if (f.pattern().isPresent()) {
      parts.add(WorkbookLayout.text("hint.pattern." + WorkbookLayout.key(kind, f), locale));
    }
    parts.add(WorkbookLayout.text(WorkbookLayout.emptyAllowed(f) ? "hint.optional"
        : "hint.required", locale));
    return String.join("\n", parts);
  }

  private String hints(String... keys) {
    List<String> parts = new ArrayList<>();
    for (String k : keys) {
      parts.add(WorkbookLayout.text(k, locale));
    }
    return String.join("\n", parts);
  }

  private void listValidation(XSSFSheet s, String listKey, int firstRow, int lastRow, int col) {
    List<String> keys = new ArrayList<>(lists.keySet());
    int index = keys.indexOf(listKey);
    int size = lists.get(listKey).size();
    if (size == 0) {
      return;
    }
    String letter = CellReference.convertNumToColString(index);
    String ref = "'" + WorkbookLayout.LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$"
        + (size + 1);
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
    validate(s, h.createFormulaListConstraint(ref), firstRow, lastRow, col,
        WorkbookLayout.text("validation.choice", locale), true);
  }

  private void validate(XSSFSheet s, DataValidationConstraint constraint, int firstRow,
      int lastRow, int col, String error, boolean stop) {
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
    DataValidation v = h.createValidation(constraint,
        new CellRangeAddressList(firstRow, lastRow, col, col));
    v.setErrorStyle(stop ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
    v.setShowErrorBox(true);
    v.createErrorBox(WorkbookLayout.text("validation.title", locale), error);
    v.setEmptyCellAllowed(true);
    s.addValidationData(v);
  }

  private static void protect(XSSFSheet s) {
    s.enableLocking();
    s.lockInsertRows(false);
    s.lockDeleteRows(false);
    s.lockFormatCells(false);
    s.lockFormatColumns(false);
    s.lockSort(false);
    s.lockAutoFilter(false);
    s.lockSelectLockedCells(false);
    s.lockSelectUnlockedCells(false);
  }

  private void text(Row row, int col, String value, String style) {
    Cell c = row.createCell(col);
    c.setCellStyle(style(style));
    if (value != null) {
      c.setCellValue(value);
    }
  }

  private void number(Row row, int col, BigDecimal value, String style) {
    Cell c = row.createCell(col);
    c.setCellStyle(style(style));
    c.setCellValue(value.doubleValue());
  }

  private static Row row(XSSFSheet s, int r) {
    Row row = s.getRow(r);
    return row == null ? s.createRow(r) : row;
  }

  private static String styleOf(EvidenceField f) {
    return switch (f.type()) {
      case DATE -> "date";
      case WHOLE_NUMBER -> "whole";
      case DECIMAL, YUAN -> "decimal";
      default -> "text";
    };
  }

  private static int width(EvidenceField f) {
    return f.freeText() ? 36 : f.type() == EvidenceFieldType.ENUM ? 18 : 14;
  }

  private CellStyle style(String name) {
    return styles.computeIfAbsent(name, n -> {
      CellStyle st = wb.createCellStyle();
      var format = wb.createDataFormat();
      boolean locked = n.startsWith("locked") || n.equals("header") || n.equals("title");
      st.setLocked(locked);
      switch (n) {
        case "header" -> {
          Font f = wb.createFont();
          f.setBold(true);
          st.setFont(f);
          st.setWrapText(true);
          st.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
          st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          st.setBorderBottom(BorderStyle.THIN);
        }
        case "title" -> {
          Font f = wb.createFont();
          f.setBold(true);
          f.setFontHeightInPoints((short) 14);
          st.setFont(f);
        }
        case "wrap", "lockedWrap", "textWrap" -> {
          st.setWrapText(true);
          st.setDataFormat(format.getFormat(WorkbookLayout.TEXT_FORMAT));
        }
        case "date" -> st.setDataFormat(format.getFormat(WorkbookLayout.DATE_FORMAT));
        case "whole" -> st.setDataFormat(format.getFormat(WorkbookLayout.WHOLE_FORMAT));
        case "decimal", "lockedDecimal" ->
            st.setDataFormat(format.getFormat(WorkbookLayout.DECIMAL_FORMAT));
        default -> st.setDataFormat(format.getFormat(WorkbookLayout.TEXT_FORMAT));
      }
      return st;
    });
  }

  private List<String> districtLabels() {
    return WorkbookLayout.districts(WorkbookLayout.DEFAULT_JURISDICTION).stream()
        .map(d -> WorkbookLayout.districtLabel(d, locale)).toList();
  }

  private String name(LocalizedText text) {
    return text.in(locale);
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  /** The value of a record's component, single-valued references (such as an elder id) unwrapped. */
  static Object value(Evidence e, String component) {
    try {
      for (RecordComponent rc : e.getClass().getRecordComponents()) {
        if (rc.getName().equals(component)) {
          Object v = rc.getAccessor().invoke(e);
          if (v != null && v.getClass().isRecord()
              && v.getClass().getRecordComponents().length == 1) {
            v = v.getClass().getRecordComponents()[0].getAccessor().invoke(v);
          }
          return v;
        }
      }
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException("cannot read " + component + " of " + e.getClass(), ex);
    }
    throw new IllegalStateException("no component " + component + " in " + e.getClass());
  }
}
