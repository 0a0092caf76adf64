package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.EvidenceChoice;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.EvidenceUnit;
import io.github.ggw.standards.model.problem.ClosestNames;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.PersonalNumbers;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.FactType;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.check.PersonalDataScanner;
import io.github.ggw.standards.sheets.WorkbookLimits;
import io.github.ggw.standards.sheets.internal.WorkbookLayout.Column;
import io.github.ggw.standards.sheets.internal.WorkbookLayout.Role;
import io.github.ggw.standards.sheets.internal.XlsxPackage.Cell;
import io.github.ggw.standards.sheets.internal.XlsxPackage.CellType;
import io.github.ggw.standards.sheets.internal.XlsxPackage.Sheet;
import io.github.ggw.standards.sheets.internal.XlsxPackage.SheetCells;
import io.github.ggw.standards.sheets.internal.XlsxPackage.Visibility;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a self-assessment workbook (自评工作簿读取) laid out as {@link WorkbookLayout} says, into a
 * {@link SelfAssessment}: the cells become the assessment's JSON document, which the JSON reader
 * reads with every check it makes on a JSON file (binding, Bean Validation, the personal-data
 * scan), and the result is checked against the standard ({@link AssessmentChecker}); every
 * problem's JSON pointer is then translated back to the cell it came from ({@link
 * Location#cell(String, String)} with {@link Location#withPointer(String)}). Not API; {@code
 * Workbooks.read} is. One instance reads one workbook; not thread-safe.
 *
 * <p>What the workbook itself can get wrong, each located at its sheet, cell or row: a sheet the
 * template does not have ({@link ProblemCode#WORKBOOK_SHEET_UNKNOWN}, a warning in lenient mode);
 * a second sheet of one role, such as a copy {@code 单位信息 (2)} ({@link
 * ProblemCode#WORKBOOK_SHEET_DUPLICATE}); a hidden data sheet (read, {@link
 * ProblemCode#WORKBOOK_SHEET_HIDDEN}); a missing unit or claims sheet ({@link
 * ProblemCode#WORKBOOK_SHEET_MISSING}); a column the sheet does not have ({@link
 * ProblemCode#WORKBOOK_COLUMN_UNKNOWN}, a warning in lenient mode) or lacks ({@link
 * ProblemCode#WORKBOOK_COLUMN_MISSING}); merged cells in data rows; a filled row with an empty
 * required cell; labels, dates, numbers and yes/no cells that do not read; formulas (their cached
 * value is read with a warning; one without is an error); more evidence rows than the limit; a
 * personal number in any cell.
 */
public final class WorkbookReader {
  private static final int CAP = 200;
  private static final Pattern COPY = Pattern.compile("(.+?)\\s*\\(\\d+\\)");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Standard standard;
  private final ReadMode mode;
  private final WorkbookLimits limits;
  private final StandardsJson json;
  private final List<Problem> problems = new ArrayList<>();
  /** The cell or row each pointer of the document came from. */
  private final Map<String, Location> places = new HashMap<>();
  /** Pointers whose cell already has a problem: the JSON reader's findings there are repeats. */
  private final Set<String> reported = new HashSet<>();
  /** The evidence records ({@code /evidence/N}) that hold a stand-in ({@link #placeholders}). */
  private final Set<String> standInRecords = new HashSet<>();
  /**
   * The rule of each item (empty for an item without one) by its code as written, the first item
   * of a code in tree order; null until {@link #ruleOf} first needs it.
   */
  private Map<String, Optional<ScoringRule>> rules;
  private Locale language = Locale.SIMPLIFIED_CHINESE;
  /** The {@code _meta} sheet's entries, key to value (empty for a workbook without one). */
  private Map<String, String> meta = Map.of();
  private int evidenceRows;

  /**
   * A reader for one workbook.
   *
   * @param standard the standard the assessment answers, not null
   * @param mode strict or lenient about sheets and columns the template does not have
   * @param limits the limits, not null
   */
  public WorkbookReader(Standard standard, ReadMode mode, WorkbookLimits limits) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.json = SharedReaders.of(new ReadLimits(Integer.MAX_VALUE, 64,
        Math.max(limits.maxCellChars(), 1), 1_000, 200), mode);
  }

  /** A sheet of the workbook with the role it plays. */
  private record Placed(Sheet sheet, Role role, EvidenceKind kind) {}

  /**
   * Reads a workbook's bytes.
   *
   * @param bytes the bytes, not null
   * @return the assessment with its warnings, or every problem
   */
  public Result<SelfAssessment> read(byte[] bytes) {
    Result<XlsxPackage> opened = XlsxPackage.open(bytes, limits);
    if (!opened.isValid()) {
      return Result.refused(opened.problems());
    }
    try (XlsxPackage pkg = opened.orElseThrow()) {
      return read(pkg);
    } catch (XlsxPackage.XlsxException e) {
      problems.add(e.problem());
      return Result.refused(capped());
    }
  }

  /**
   * Places problems found later (such as the scorer's warnings, located by JSON pointer) at the
   * cells their pointers came from, by reading the workbook again.
   *
   * @param bytes the workbook the problems are about, not null
   * @param found the problems, not null
   * @return the problems, each with a JSON pointer and no sheet placed at its cell, row or sheet
   *     (the nearest parent of its pointer that came from one); others as they were
   */
  public List<Problem> locate(byte[] bytes, List<Problem> found) {
    if (found.stream().noneMatch(p -> p.getLocation().getPointer().isPresent()
        && p.getLocation().getSheet().isEmpty())) {
      return List.copyOf(found);
    }
    read(bytes);
    return found.stream().map(this::relocate).toList();
  }

  private Result<SelfAssessment> read(XlsxPackage pkg) {
    Map<String, String> meta = new LinkedHashMap<>();
    Sheet metaSheet = null;
    for (Sheet s : pkg.sheets()) {
      if (s.name().equalsIgnoreCase(WorkbookLayout.META_SHEET)) {
        metaSheet = s;
      }
    }
    if (metaSheet != null) {
      for (List<Cell> row : pkg.read(metaSheet, 10_000).rows()) {
        String key = null;
        String value = "";
        for (Cell c : row) {
          if (c.column() == 0) {
            key = WorkbookCells.text(c).strip();
          } else if (c.column() == 1) {
            value = WorkbookCells.text(c).strip();
          }
        }
        if (key != null) {
          meta.put(key, value);
        }
      }
      String kind = meta.get(WorkbookLayout.META_KIND);
      String version = meta.get(WorkbookLayout.META_FORMAT_VERSION);
      if (!WorkbookLayout.KIND.equals(kind)
          || !String.valueOf(WorkbookLayout.FORMAT_VERSION).equals(version)) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_META_INVALID,
            Location.sheet(metaSheet.name()), kind,
            WorkbookLayout.META_KIND + " = " + kind + ", " + WorkbookLayout.META_FORMAT_VERSION
                + " = " + version));
        return Result.refused(capped());
      }
      if ("en".equals(meta.get(WorkbookLayout.META_LANGUAGE))) {
        language = Locale.ENGLISH;
      }
    }
    this.meta = meta;
    List<Placed> placed = place(pkg.sheets(), meta);
    Map<Role, Placed> single = new LinkedHashMap<>();
    Map<EvidenceKind, Placed> evidence = new LinkedHashMap<>();
    for (Placed p : placed) {
      if (p.role() == Role.EVIDENCE) {
        evidence.put(p.kind(), p);
      } else {
        single.put(p.role(), p);
      }
    }
    boolean required = false;
    for (Role r : List.of(Role.UNIT, Role.CLAIMS)) {
      if (!single.containsKey(r)) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_SHEET_MISSING, Location.unknown(), null,
            WorkbookLayout.sheetName(r).in(language)));
        required = true;
      }
    }
    // a sheet the template had (its _meta names it) that the file lacks: its rows would be lost
    // without a word (a deleted training sheet reads as no trainings)
    for (Map.Entry<String, String> e : meta.entrySet()) {
      if (!e.getKey().startsWith(WorkbookLayout.META_SHEET_PREFIX)) {
        continue;
      }
      Optional<Placed> role = roleOf(e.getKey().substring(
          WorkbookLayout.META_SHEET_PREFIX.length()));
      if (role.isEmpty() || role.get().role() == Role.INSTRUCTIONS
          || role.get().role() == Role.UNIT || role.get().role() == Role.CLAIMS) {
        continue;
      }
      boolean present = role.get().role() == Role.EVIDENCE
          ? evidence.containsKey(role.get().kind()) : single.containsKey(role.get().role());
      if (!present) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_SHEET_MISSING, Location.unknown(), null,
            e.getValue()));
      }
    }
    ObjectNode doc = NODES.objectNode();
    doc.put("kind", "self-assessment");
    doc.put("formatVersion", 1);
    if (single.containsKey(Role.UNIT)) {
      readUnit(pkg, single.get(Role.UNIT).sheet(), doc);
    }
    ArrayNode records = doc.putArray("evidence");
    for (EvidenceKind kind : EvidenceKinds.all()) {
      Placed p = evidence.get(kind);
      if (p != null && !readEvidence(pkg, p.sheet(), kind, records)) {
        return Result.refused(capped());
      }
    }
    if (single.containsKey(Role.FACTS)) {
      readFacts(pkg, single.get(Role.FACTS).sheet(), records);
    }
    ArrayNode claims = doc.putArray("claims");
    if (single.containsKey(Role.CLAIMS)) {
      readClaims(pkg, single.get(Role.CLAIMS).sheet(), claims);
    }
    if (single.containsKey(Role.DEDUCTIONS)) {
      readDeductions(pkg, single.get(Role.DEDUCTIONS).sheet(), claims);
    }
    claimsWithoutPoints(claims);
    if (required) {
      // without the unit or the self-scores there is no document to read further
      return Result.refused(capped());
    }
    placeholders(doc);
    // every cell was scanned for personal numbers as it was read, and its findings kept: the
    // document is read with them masked, so that a personal number in one cell does not stop
    // the checks of the rest (the file stays refused by the cell's own error)
    masked(doc);
    byte[] text = MAPPER.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
    Result<SelfAssessment> read = json.readAssessment(text);
    // a year that did not read has a stand-in: what the checks find by the year is not the
    // unit's (the year's cell has its own problem)
    boolean yearStandIn = isReported("/year");
    for (Problem p : read.problems()) {
      if (p.getCode() == ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER
          || p.getCode() == ProblemCode.PERSONAL_DATA_MOBILE_NUMBER) {
        continue; // every cell was scanned as it was read
      }
      if (!atStandIn(p, yearStandIn)) {
        problems.add(relocate(p));
      }
    }
    if (read.isValid()) {
      for (Problem p : AssessmentChecker.check(standard, read.orElseThrow())) {
        if (!atStandIn(p, yearStandIn)) {
          problems.add(relocate(p));
        }
      }
    }
    List<Problem> all = capped();
    if (!read.isValid() || all.stream().anyMatch(Problem::isError)) {
      return Result.refused(all.stream().anyMatch(Problem::isError) ? all
          : withError(all, read.problems()));
    }
    return Result.of(read.orElseThrow(), all);
  }

  /**
   * Whether a finding of the JSON reader or of the checks is about a stand-in ({@link
   * #placeholders}) rather than what the user wrote: it is at a value that did not read (or
   * below it), it follows from the year when the year is a stand-in, or it is a finding about a
   * whole record ({@link #BY_RECORD}) that holds a stand-in, or that compares a record with one
   * that does (a repeat of an earlier record names it in its arguments).
   */
  private boolean atStandIn(Problem p, boolean yearStandIn) {
    String at = p.getLocation().getPointer().orElse(null);
    if (at != null && isReported(at) || yearStandIn && BY_YEAR.contains(p.getCode())) {
      return true;
    }
    if (!BY_RECORD.contains(p.getCode()) || standInRecords.isEmpty()) {
      return false;
    }
    return at != null && standInRecords.contains(at)
        || p.getArguments().stream().anyMatch(standInRecords::contains);
  }

  /**
   * The findings about a whole evidence record ({@code /evidence/N}) that read its values: made
   * up when a value of the record is a stand-in (a date that did not read stands in as the
   * standard's first day, before the year; two such records look alike).
   */
  private static final Set<ProblemCode> BY_RECORD = EnumSet.of(
      ProblemCode.EVIDENCE_OUTSIDE_YEAR, ProblemCode.EVIDENCE_REPEATED,
      ProblemCode.EVIDENCE_CONTRADICTORY);

  /** The findings that follow from the assessment year, dropped when the year is a stand-in. */
  private static final Set<ProblemCode> BY_YEAR = EnumSet.of(
      ProblemCode.ASSESSMENT_YEAR_OUTSIDE_VALIDITY, ProblemCode.EVIDENCE_OUTSIDE_YEAR,
      ProblemCode.EVIDENCE_AFTER_YEAR, ProblemCode.ELDER_JOINED_AFTER_YEAR);

  /** Every text of the document with its personal numbers masked, in place. */
  private static void masked(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (String name : List.copyOf(o.propertyNames())) {
        String m = maskedText(o.get(name));
        if (m != null) {
          o.put(name, m);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        String m = maskedText(a.get(i));
        if (m != null) {
          a.set(i, m);
        }
      }
    }
  }

  /** A text value masked where it holds a personal number, else null (containers recursed). */
  private static String maskedText(JsonNode v) {
    if (!v.isString()) {
      masked(v);
      return null;
    }
    String m = PersonalNumbers.mask(v.asString());
    return m.equals(v.asString()) ? null : m;
  }

  /**
   * Puts a valid stand-in where a cell did not read (its problem is reported already), so that
   * the JSON reader and the checks against the standard still see the rest of the document and
   * report its problems too, all at once; their findings at a stand-in are dropped as repeats,
   * and the problem of the cell keeps the file refused.
   */
  private void placeholders(ObjectNode doc) {
    ObjectNode unit = doc.get("unit") instanceof ObjectNode u ? u : null;
    for (String pointer : reported) {
      String[] parts = pointer.split("/");
      if (parts.length == 2) {
        switch (parts[1]) {
          case "year" -> doc.put("year", standard.getEffectiveFrom().getYear());
          case "standardId" -> doc.put("standardId", standard.getId().toString());
          case "standardVersion" -> doc.put("standardVersion", standard.getVersion().toString());
          default -> { }
        }
      } else if (parts.length == 3 && "unit".equals(parts[1]) && unit != null) {
        switch (parts[2]) {
          case "id" -> unit.put("id", "X");
          case "name" -> unit.put("name", "x");
          case "type" -> unit.put("type", standard.getApplicableUnitTypes().stream().sorted()
              .findFirst().map(Enum::name).orElse(UnitType.PRIMARY.name()));
          case "district" -> unit.put("district", WorkbookLayout.districts(
              WorkbookLayout.DEFAULT_JURISDICTION).stream().findFirst()
              .map(d -> d.value()).orElse("320402"));
          default -> { }
        }
      } else if (parts.length == 4 && "claims".equals(parts[1])
          && doc.get("claims").get(Integer.parseInt(parts[2])) instanceof ObjectNode c
          && !c.has(parts[3])) {
        if ("code".equals(parts[3])) {
          c.put("code", "0");
        } else if ("points".equals(parts[3])) {
          c.put("points", 0);
        }
      } else if (parts.length == 4 && "evidence".equals(parts[1])
          && doc.get("evidence").get(Integer.parseInt(parts[2])) instanceof ObjectNode e
          && !e.has(parts[3])) {
        EvidenceKinds.byName(e.get("type").asString()).flatMap(k -> k.field(parts[3]))
            .ifPresent(f -> {
              standIn(e, f);
              standInRecords.add("/evidence/" + parts[2]);
            });
      }
    }
  }

  private void standIn(ObjectNode record, EvidenceField f) {
    switch (f.type()) {
      case ENUM -> record.put(f.name(), f.choices().get(0).code());
      case FLAG -> record.put(f.name(), false);
      case DATE -> record.put(f.name(), standard.getEffectiveFrom().toString());
      case WHOLE_NUMBER, DECIMAL, YUAN -> {
        BigDecimal v = f.max().filter(x -> f.maxInclusive())
            .or(() -> f.min().filter(x -> f.minInclusive())).orElse(BigDecimal.ONE);
        if (f.type() == EvidenceFieldType.WHOLE_NUMBER) {
          record.put(f.name(), v.intValue());
        } else {
          record.put(f.name(), v);
        }
      }
      default -> record.put(f.name(), f.pattern().isPresent() ? "X" : "x");
    }
  }

  private static List<Problem> withError(List<Problem> all, List<Problem> original) {
    List<Problem> out = new ArrayList<>(all);
    original.stream().filter(Problem::isError).findFirst().ifPresent(out::add);
    return out;
  }

  // ---- sheets

  private List<Placed> place(List<Sheet> sheets, Map<String, String> meta) {
    Map<String, Placed> byName = new HashMap<>();
    for (Map.Entry<String, String> e : meta.entrySet()) {
      if (!e.getKey().startsWith(WorkbookLayout.META_SHEET_PREFIX)) {
        continue;
      }
      String role = e.getKey().substring(WorkbookLayout.META_SHEET_PREFIX.length());
      Optional<Placed> p = roleOf(role);
      p.ifPresent(x -> byName.put(e.getValue(), x));
    }
    List<Placed> out = new ArrayList<>();
    Map<String, Placed> taken = new HashMap<>();
    for (Sheet s : sheets) {
      String name = s.name();
      if (name.equalsIgnoreCase(WorkbookLayout.META_SHEET)
          || name.equalsIgnoreCase(WorkbookLayout.LISTS_SHEET)) {
        continue;
      }
      Placed p = byName.get(name);
      if (p == null) {
        p = byLabel(name);
      }
      boolean copy = false;
      if (p == null) {
        Matcher m = COPY.matcher(name);
        if (m.matches()) {
          Placed original = byName.get(m.group(1));
          p = original != null ? original : byLabel(m.group(1));
          copy = p != null;
        }
      }
      if (p == null) {
        problems.add(modal(Problem.of(ProblemCode.WORKBOOK_SHEET_UNKNOWN, Location.sheet(name),
            null, name, templateSheets())));
        continue;
      }
      if (p.role() == Role.INSTRUCTIONS) {
        continue;
      }
      String roleKey = WorkbookLayout.roleKey(p.role(), p.kind());
      Placed first = taken.get(roleKey);
      if (first != null || copy) {
        String label = p.role() == Role.EVIDENCE ? p.kind().label().in(language)
            : WorkbookLayout.sheetName(p.role()).in(language);
        problems.add(Problem.of(ProblemCode.WORKBOOK_SHEET_DUPLICATE, Location.sheet(name), null,
            first != null ? first.sheet().name() : label, name, label));
        continue;
      }
      Placed here = new Placed(s, p.role(), p.kind());
      taken.put(roleKey, here);
      if (s.visibility() != Visibility.VISIBLE) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_SHEET_HIDDEN, Location.sheet(name), null,
            name));
      }
      out.add(here);
    }
    return out;
  }

  private static Optional<Placed> roleOf(String roleKey) {
    for (Role r : Role.values()) {
      if (r != Role.EVIDENCE && r.key().equals(roleKey)) {
        return Optional.of(new Placed(null, r, null));
      }
    }
    if (roleKey.startsWith("evidence.")) {
      return EvidenceKinds.byName(roleKey.substring("evidence.".length()))
          .map(k -> new Placed(null, Role.EVIDENCE, k));
    }
    return Optional.empty();
  }

  private static Placed byLabel(String name) {
    String n = WorkbookLayout.normalise(name);
    for (Role r : Role.values()) {
      if (r != Role.EVIDENCE && matches(WorkbookLayout.sheetName(r), n)) {
        return new Placed(null, r, null);
      }
    }
    for (EvidenceKind k : EvidenceKinds.all()) {
      if (matches(WorkbookLayout.sheetName(k), n)) {
        return new Placed(null, Role.EVIDENCE, k);
      }
    }
    return null;
  }

  private static boolean matches(LocalizedText label, String normalised) {
    return normalised.equals(WorkbookLayout.normalise(label.zh()))
        || normalised.equalsIgnoreCase(WorkbookLayout.normalise(label.en()));
  }

  private String templateSheets() {
    List<String> names = new ArrayList<>();
    names.add(WorkbookLayout.sheetName(Role.UNIT).in(language));
    for (EvidenceKind k : EvidenceKinds.all()) {
      names.add(k.label().in(language));
    }
    names.add(WorkbookLayout.sheetName(Role.FACTS).in(language));
    names.add(WorkbookLayout.sheetName(Role.CLAIMS).in(language));
    names.add(WorkbookLayout.sheetName(Role.DEDUCTIONS).in(language));
    return String.join(separator(), names);
  }

  private String separator() {
    return "zh".equals(language.getLanguage()) ? "、" : ", ";
  }

  // ---- columns and rows

  /** The columns of a sheet found by key (or header), by 0-based column index. */
  private record Columns(Map<Integer, Column> byIndex, int firstDataRow,
      Map<String, Integer> byKey) {
    Columns(Map<Integer, Column> byIndex, int firstDataRow) {
      this(byIndex, firstDataRow, invert(byIndex));
    }

    private static Map<String, Integer> invert(Map<Integer, Column> byIndex) {
      Map<String, Integer> out = new HashMap<>();
      byIndex.forEach((i, c) -> out.put(c.key(), i));
      return out;
    }

    Optional<Integer> indexOf(String key) {
      return Optional.ofNullable(byKey.get(key));
    }
  }

  private Optional<Columns> columns(Sheet sheet, SheetCells cells, List<Column> expected) {
    List<Cell> headers = row(cells, 1);
    List<Cell> keys = row(cells, 2);
    boolean keyRow = keys.stream()
        .anyMatch(c -> expected.stream().anyMatch(col -> col.key().equals(c.text().strip())));
    Map<Integer, Column> found = new LinkedHashMap<>();
    List<Cell> named = keyRow ? keys : headers;
    for (Cell c : named) {
      String t = WorkbookCells.text(c).strip();
      Optional<Column> col = expected.stream().filter(x -> keyRow ? x.key().equals(t)
          : matches(x.header(), WorkbookLayout.normalise(t))).findFirst();
      if (col.isPresent() && !found.containsValue(col.get())) {
        found.put(c.column(), col.get());
      } else {
        Cell header = headers.stream().filter(h -> h.column() == c.column()).findFirst()
            .orElse(c);
        String name = WorkbookCells.text(header).strip();
        problems.add(modal(Problem.of(ProblemCode.WORKBOOK_COLUMN_UNKNOWN,
            Location.cell(sheet.name(), c.ref()), name, name, sheet.name(),
            expected.stream().filter(Column::read).map(x -> x.header().in(language))
                .reduce((a, b) -> a + separator() + b).orElse(""))));
      }
    }
    boolean missing = false;
    for (Column col : expected) {
      if (col.read() && !found.containsValue(col)) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_COLUMN_MISSING, Location.sheet(sheet.name()),
            null, sheet.name(), col.header().in(language)));
        missing = true;
      }
    }
    if (missing) {
      return Optional.empty();
    }
    return Optional.of(new Columns(found, keyRow ? 3 : 2));
  }

  private static List<Cell> row(SheetCells cells, int number) {
    return cells.rows().stream().filter(r -> !r.isEmpty() && r.get(0).row() == number)
        .findFirst().orElse(List.of());
  }


  private List<List<Cell>> dataRows(Sheet sheet, SheetCells cells, Columns columns) {
    List<CellRangeAddress> merged = new ArrayList<>();
    for (String m : cells.merged()) {
      try {
        CellRangeAddress r = CellRangeAddress.valueOf(m);
        if (r.getLastRow() + 1 >= columns.firstDataRow()) {
          merged.add(r);
          problems.add(Problem.of(ProblemCode.WORKBOOK_MERGED_CELLS,
              Location.cell(sheet.name(), new CellReference(Math.max(r.getFirstRow(),
                  columns.firstDataRow() - 1), r.getFirstColumn()).formatAsString(false)),
              m, m));
        }
      } catch (RuntimeException e) {
        // a malformed range merges nothing that can be read
      }
    }
    // the columns with a header or a key: a value in any other would be lost without a word
    Set<Integer> headed = new HashSet<>();
    for (int n = 1; n < columns.firstDataRow(); n++) {
      for (Cell c : row(cells, n)) {
        if (!c.isBlank()) {
          headed.add(c.column());
        }
      }
    }
    List<List<Cell>> out = new ArrayList<>();
    for (List<Cell> r : cells.rows()) {
      if (r.isEmpty() || r.get(0).row() < columns.firstDataRow()) {
        continue;
      }
      int row0 = r.get(0).row() - 1;
      if (merged.stream().anyMatch(m -> m.getFirstRow() <= row0 && row0 <= m.getLastRow())) {
        continue;
      }
      scanPersonal(sheet, r, columns);
      for (Cell c : r) {
        if (!c.isBlank() && !headed.contains(c.column())) {
          String text = WorkbookCells.text(c).strip();
          problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_UNHEADED,
              Location.cell(sheet.name(), c.ref()), PersonalNumbers.mask(text),
              PersonalNumbers.mask(text)));
        }
      }
      boolean any = r.stream().anyMatch(c -> columns.byIndex().containsKey(c.column())
          && columns.byIndex().get(c.column()).read() && !c.isBlank());
      if (any) {
        out.add(r);
      }
    }
    return out;
  }

  /** Scans every cell of a data row for personal numbers, at the pointer it becomes. */
  private void scanPersonal(Sheet sheet, List<Cell> row, Columns columns) {
    for (Cell c : row) {
      if (c.isBlank()) {
        continue;
      }
      for (Problem p : PersonalDataScanner.scanText(WorkbookCells.text(c), "")) {
        problems.add(p.withLocation(Location.cell(sheet.name(), c.ref())));
      }
    }
  }

  private Optional<Cell> cell(List<Cell> row, Columns columns, String key) {
    Optional<Integer> index = columns.indexOf(key);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    return row.stream().filter(c -> c.column() == index.get()).findFirst();
  }

  private String ref(List<Cell> row, Columns columns, String key) {
    int col = columns.indexOf(key).orElse(0);
    return CellReference.convertNumToColString(col) + row.get(0).row();
  }

  /**
   * The cell's value as read, or empty when it is blank (then, if required, a problem) or does
   * not read (a problem was added). Formulas: the cached value with a warning, or an error.
   */
  private Optional<Cell> filled(Sheet sheet, List<Cell> row, Columns columns, String key,
      String pointer, boolean required) {
    String ref = ref(row, columns, key);
    Location at = Location.cell(sheet.name(), ref).withPointer(pointer);
    places.put(pointer, at);
    Optional<Cell> c = cell(row, columns, key);
    if (c.isPresent() && c.get().formula() != null) {
      Cell f = c.get();
      if (f.type() == CellType.EMPTY) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_FORMULA_NO_VALUE, at, "=" + f.formula(),
            header(columns, key), "=" + f.formula()));
        reported.add(pointer);
        return Optional.empty();
      }
      problems.add(Problem.of(ProblemCode.WORKBOOK_FORMULA, at, "=" + f.formula(),
          header(columns, key), "=" + f.formula(), WorkbookCells.text(f)));
    }
    if (c.isEmpty() || c.get().type() == CellType.EMPTY || c.get().isBlank()
        && c.get().formula() == null) {
      if (required) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_REQUIRED, at, null,
            header(columns, key)));
        reported.add(pointer);
      }
      return Optional.empty();
    }
    if (c.get().overLimit()) {
      problems.add(Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, at, null, "maxCellChars",
          String.valueOf(limits.maxCellChars())));
      reported.add(pointer);
      return Optional.empty();
    }
    if (c.get().type() == CellType.ERROR) {
      invalid(at, pointer, columns, key, c.get().text(), expectedText());
      return Optional.empty();
    }
    return c;
  }

  private String header(Columns columns, String key) {
    return columns.byIndex().values().stream().filter(c -> c.key().equals(key)).findFirst()
        .map(c -> c.header().in(language)).orElse(key);
  }

  private void invalid(Location at, String pointer, Columns columns, String key, String value,
      String expected) {
    problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_INVALID, at, value, header(columns, key),
        value, expected));
    reported.add(pointer);
  }

  // ---- the unit sheet

  private void readUnit(XlsxPackage pkg, Sheet sheet, ObjectNode doc) {
    SheetCells cells = pkg.read(sheet, 10_000);
    Optional<Columns> found = columns(sheet, cells, WorkbookLayout.unitColumns());
    if (found.isEmpty()) {
      return;
    }
    Columns columns = found.get();
    List<List<Cell>> rows = dataRows(sheet, cells, columns);
    places.put("/unit", Location.sheet(sheet.name()).withPointer("/unit"));
    if (rows.isEmpty()) {
      problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_REQUIRED,
          Location.cell(sheet.name(), CellReference.convertNumToColString(
              columns.indexOf(WorkbookLayout.UNIT_ID).orElse(0)) + columns.firstDataRow())
              .withPointer("/unit/id"), null,
          header(columns, WorkbookLayout.UNIT_ID)));
      reported.add("/unit/id");
      return;
    }
    for (List<Cell> extra : rows.subList(1, rows.size())) {
      problems.add(Problem.of(ProblemCode.WORKBOOK_SHEET_DUPLICATE,
          Location.sheetRow(sheet.name(), extra.get(0).row()), null,
          sheet.name() + " (" + rows.get(0).get(0).row() + ")",
          sheet.name() + " (" + extra.get(0).row() + ")",
          WorkbookLayout.sheetName(Role.UNIT).in(language)));
    }
    List<Cell> row = rows.get(0);
    ObjectNode unit = doc.putObject("unit");
    text(sheet, row, columns, WorkbookLayout.UNIT_ID, "/unit/id")
        .ifPresent(t -> unit.put("id", t));
    text(sheet, row, columns, WorkbookLayout.UNIT_NAME, "/unit/name")
        .ifPresent(t -> unit.put("name", t));
    filled(sheet, row, columns, WorkbookLayout.UNIT_TYPE, "/unit/type", true).ifPresent(c -> {
      String t = WorkbookCells.text(c);
      Optional<UnitType> type = WorkbookLayout.unitType(t);
      if (type.isPresent()) {
        unit.put("type", type.get().name());
        String made = meta.get(WorkbookLayout.META_UNIT_TYPE);
        Optional<UnitType> madeFor = Arrays.stream(UnitType.values())
            .filter(u -> u.name().equals(made)).findFirst();
        if (madeFor.isPresent() && madeFor.get() != type.get()) {
          locked(places.get("/unit/type"), columns, WorkbookLayout.UNIT_TYPE,
              WorkbookLayout.unitTypeLabel(madeFor.get(), language),
              WorkbookLayout.unitTypeLabel(type.get(), language));
        }
      } else {
        List<String> labels = new ArrayList<>();
        for (UnitType u : UnitType.values()) {
          labels.add(WorkbookLayout.unitTypeLabel(u, language));
        }
        unknownLabel(places.get("/unit/type"), "/unit/type", columns, WorkbookLayout.UNIT_TYPE,
            t, labels);
      }
    });
    filled(sheet, row, columns, WorkbookLayout.UNIT_DISTRICT, "/unit/district", true)
        .ifPresent(c -> {
          String t = WorkbookCells.text(c);
          Optional<io.github.ggw.standards.model.assessment.DistrictCode> d =
              WorkbookLayout.district(t);
          if (d.isPresent()) {
            unit.put("district", d.get().value());
          } else {
            List<String> labels = WorkbookLayout.districts(WorkbookLayout.DEFAULT_JURISDICTION)
                .stream().map(x -> WorkbookLayout.districtLabel(x, language)).toList();
            unknownLabel(places.get("/unit/district"), "/unit/district", columns,
                WorkbookLayout.UNIT_DISTRICT, t, labels);
          }
        });
    filled(sheet, row, columns, WorkbookLayout.UNIT_YEAR, "/year", true).ifPresent(c -> {
      WorkbookCells.NumberValue n = WorkbookCells.number(c);
      Location at = places.get("/year");
      if (n.number().isEmpty() || n.number().get().scale() > 0) {
        numberProblem(at, "/year", columns, WorkbookLayout.UNIT_YEAR, c, n.code(),
            range(BigDecimal.valueOf(2000), BigDecimal.valueOf(2100), true));
      } else {
        doc.put("year", n.number().get());
      }
    });
    text(sheet, row, columns, WorkbookLayout.STANDARD_ID, "/standardId").ifPresent(t -> {
      doc.put("standardId", t);
      lockedText(WorkbookLayout.META_STANDARD_ID, "/standardId", columns,
          WorkbookLayout.STANDARD_ID, t);
    });
    text(sheet, row, columns, WorkbookLayout.STANDARD_VERSION, "/standardVersion")
        .ifPresent(t -> {
          doc.put("standardVersion", t);
          lockedText(WorkbookLayout.META_STANDARD_VERSION, "/standardVersion", columns,
              WorkbookLayout.STANDARD_VERSION, t);
        });
  }

  /** A locked text cell that differs from what {@code _meta} says the template wrote. */
  private void lockedText(String metaKey, String pointer, Columns columns, String key,
      String value) {
    String made = meta.get(metaKey);
    if (made != null && !made.isEmpty() && !made.equals(value.strip())) {
      locked(places.get(pointer), columns, key, made, value.strip());
    }
  }

  /**
   * {@link ProblemCode#WORKBOOK_LOCKED_CELL_CHANGED} at a locked cell of the unit sheet; the
   * value still reads, so the checks against the standard still run on it.
   */
  private void locked(Location at, Columns columns, String key, String made, String found) {
    problems.add(Problem.of(ProblemCode.WORKBOOK_LOCKED_CELL_CHANGED, at,
        PersonalNumbers.mask(found), header(columns, key), PersonalNumbers.mask(made),
        PersonalNumbers.mask(found)));
  }

  private Optional<String> text(Sheet sheet, List<Cell> row, Columns columns, String key,
      String pointer) {
    return filled(sheet, row, columns, key, pointer, true).map(c -> WorkbookCells.text(c).strip());
  }

  // ---- evidence sheets

  private boolean readEvidence(XlsxPackage pkg, Sheet sheet, EvidenceKind kind,
      ArrayNode records) {
    int budget = limits.maxEvidenceRows() - evidenceRows;
    SheetCells cells = pkg.read(sheet, budget);
    if (cells.rowsPastBudget()) {
      problems.add(Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, Location.sheet(sheet.name()),
          null, "maxEvidenceRows", String.valueOf(limits.maxEvidenceRows())));
      return false;
    }
    Optional<Columns> found = columns(sheet, cells, WorkbookLayout.evidenceColumns(kind));
    if (found.isEmpty()) {
      return true;
    }
    Columns columns = found.get();
    for (List<Cell> row : dataRows(sheet, cells, columns)) {
      evidenceRows++;
      if (evidenceRows > limits.maxEvidenceRows()) {
        problems.add(Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, Location.sheet(sheet.name()),
            null, "maxEvidenceRows", String.valueOf(limits.maxEvidenceRows())));
        return false;
      }
      String base = "/evidence/" + records.size();
      places.put(base, Location.sheetRow(sheet.name(), row.get(0).row()).withPointer(base));
      ObjectNode record = records.addObject();
      record.put("type", kind.name());
      for (EvidenceField f : kind.fields()) {
        String key = WorkbookLayout.key(kind, f);
        String pointer = base + "/" + f.name();
        // a text whose pattern takes the empty text (a document without a digest) may be blank
        boolean mayBeEmpty = f.type() == EvidenceFieldType.TEXT
            && f.pattern().map(p -> "".matches(p)).orElse(false);
        Optional<Cell> c = filled(sheet, row, columns, key, pointer, f.required() && !mayBeEmpty);
        if (c.isPresent()) {
          value(c.get(), f, record, pointer, columns, key);
        } else if (mayBeEmpty && !reported.contains(pointer)) {
          record.put(f.name(), "");
        }
      }
    }
    return true;
  }

  private void value(Cell c, EvidenceField f, ObjectNode record, String pointer,
      Columns columns, String key) {
    Location at = places.get(pointer);
    switch (f.type()) {
      case TEXT -> record.put(f.name(), WorkbookCells.text(c).strip());
      case FLAG -> {
        Optional<Boolean> b = c.type() == CellType.BOOLEAN ? Optional.of("1".equals(c.text()))
            : c.type() == CellType.TEXT ? WorkbookLayout.flag(c.text()) : Optional.empty();
        if (b.isPresent()) {
          record.put(f.name(), b.get());
        } else {
          unknownLabel(at, pointer, columns, key, WorkbookCells.text(c),
              List.of(WorkbookLayout.flagLabel(true, language),
                  WorkbookLayout.flagLabel(false, language)));
        }
      }
      case ENUM -> {
        String t = WorkbookCells.text(c);
        Optional<EvidenceChoice> choice = WorkbookLayout.choice(f, t);
        if (choice.isPresent()) {
          record.put(f.name(), choice.get().code());
        } else {
          unknownLabel(at, pointer, columns, key, t, WorkbookLayout.labels(f, language));
        }
      }
      case DATE -> {
        WorkbookCells.DateValue d = WorkbookCells.date(c);
        String shown = WorkbookCells.text(c);
        if (d.date().isPresent()) {
          record.put(f.name(), d.date().get().toString());
          if (d.code() == ProblemCode.WORKBOOK_DATE_SERIAL) {
            problems.add(Problem.of(d.code(), at, shown, header(columns, key), shown,
                d.date().get().toString()));
          }
        } else {
          problems.add(Problem.of(d.code(), at, shown, header(columns, key), shown));
          reported.add(pointer);
        }
      }
      case WHOLE_NUMBER, DECIMAL, YUAN -> {
        WorkbookCells.NumberValue n = WorkbookCells.number(c);
        String expected = range(f);
        if (n.number().isEmpty()) {
          numberProblem(at, pointer, columns, key, c, n.code(), expected);
          return;
        }
        BigDecimal v = n.number().get();
        boolean whole = f.type() == EvidenceFieldType.WHOLE_NUMBER;
        boolean low = f.min().isPresent() && (f.minInclusive() ? v.compareTo(f.min().get()) < 0
            : v.compareTo(f.min().get()) <= 0);
        boolean high = f.max().isPresent() && (f.maxInclusive() ? v.compareTo(f.max().get()) > 0
            : v.compareTo(f.max().get()) >= 0);
        if (whole && v.scale() > 0 || low || high) {
          invalid(at, pointer, columns, key, v.toPlainString(), expected);
        } else if (whole) {
          record.put(f.name(), v.intValueExact());
        } else {
          record.put(f.name(), v);
        }
      }
      default -> throw new IllegalStateException("no reading for " + f.type());
    }
  }

  private void numberProblem(Location at, String pointer, Columns columns, String key, Cell c,
      ProblemCode code, String expected) {
    String shown = WorkbookCells.text(c);
    if (code == ProblemCode.JSON_NON_ASCII_NUMBER) {
      problems.add(Problem.of(code, at, shown, shown));
      reported.add(pointer);
    } else {
      invalid(at, pointer, columns, key, shown, expected);
    }
  }

  private void unknownLabel(Location at, String pointer, Columns columns, String key,
      String given, List<String> labels) {
    List<String> close = ClosestNames.closest(WorkbookLayout.normalise(given), labels, 3);
    String sep = separator();
    problems.add(Problem.of(ProblemCode.WORKBOOK_LABEL_UNKNOWN, at, given, header(columns, key),
        given, String.join(sep, labels),
        close.isEmpty() ? labels.get(0) : String.join(sep, close)));
    reported.add(pointer);
  }

  /** The expected value of a numeric field, in the workbook's language. */
  private String range(EvidenceField f) {
    String base = range(f.min().orElse(null), f.max().orElse(null),
        f.type() == EvidenceFieldType.WHOLE_NUMBER);
    return f.unit().map(u -> base + " (" + unitLabel(u) + ")").orElse(base);
  }

  private String unitLabel(EvidenceUnit u) {
    return u.label().in(language);
  }

  private String range(BigDecimal min, BigDecimal max, boolean whole) {
    boolean zh = "zh".equals(language.getLanguage());
    String kind = zh ? (whole ? "整数" : "数字") : (whole ? "a whole number" : "a number");
    if (min != null && max != null) {
      return zh ? kind + " " + min.toPlainString() + "–" + max.toPlainString()
          : kind + " from " + min.toPlainString() + " to " + max.toPlainString();
    }
    if (min != null) {
      return zh ? kind + " ≥ " + min.toPlainString() : kind + " ≥ " + min.toPlainString();
    }
    return kind;
  }

  private String expectedText() {
    return "zh".equals(language.getLanguage()) ? "一个值" : "a value";
  }

  // ---- the claims sheet

  private void readClaims(XlsxPackage pkg, Sheet sheet, ArrayNode claims) {
    SheetCells cells = pkg.read(sheet, 10_000);
    Optional<Columns> found = columns(sheet, cells, WorkbookLayout.claimColumns());
    places.put("/claims", Location.sheet(sheet.name()).withPointer("/claims"));
    if (found.isEmpty()) {
      return;
    }
    Columns columns = found.get();
    for (List<Cell> row : dataRows(sheet, cells, columns)) {
      String base = "/claims/" + claims.size();
      places.put(base, Location.sheetRow(sheet.name(), row.get(0).row()).withPointer(base));
      ObjectNode claim = claims.addObject();
      text(sheet, row, columns, WorkbookLayout.CLAIM_CODE, base + "/code")
          .ifPresent(t -> claim.put("code", t));
      // the self-score of a counted deduction may be left to its counts (扣分明细)
      boolean counted = claim.has("code") && ruleOf(
          claim.get("code").asString()) instanceof CountedDeduction;
      filled(sheet, row, columns, WorkbookLayout.CLAIM_POINTS, base + "/points", !counted)
          .ifPresent(c -> {
            WorkbookCells.NumberValue n = WorkbookCells.number(c);
            Location at = places.get(base + "/points");
            if (n.number().isEmpty()) {
              numberProblem(at, base + "/points", columns, WorkbookLayout.CLAIM_POINTS, c,
                  n.code(), range(BigDecimal.ZERO, null, false));
            } else {
              claim.put("points", n.number().get());
            }
          });
      Optional<Cell> narrative = filled(sheet, row, columns, WorkbookLayout.CLAIM_NARRATIVE,
          base + "/narrative", false);
      claim.put("narrative", narrative.map(c -> WorkbookCells.text(c).strip()).orElse(""));
    }
  }

  // ---- the facts sheet

  private void readFacts(XlsxPackage pkg, Sheet sheet, ArrayNode records) {
    SheetCells cells = pkg.read(sheet, 10_000);
    Optional<Columns> found = columns(sheet, cells, WorkbookLayout.factColumns());
    if (found.isEmpty()) {
      return;
    }
    Columns columns = found.get();
    for (List<Cell> row : dataRows(sheet, cells, columns)) {
      Optional<DeclaredFact> declared = cell(row, columns, WorkbookLayout.FACT_CODE)
          .filter(c -> !c.isBlank())
          .flatMap(c -> standard.findFact(WorkbookCells.text(c).strip()));
      boolean noValue = cell(row, columns, WorkbookLayout.FACT_VALUE)
          .map(c -> c.isBlank() && c.formula() == null).orElse(true);
      if (noValue && declared.isPresent()) {
        continue; // a template row left empty: the checks say whether the fact is needed
      }
      String base = "/evidence/" + records.size();
      places.put(base, Location.sheetRow(sheet.name(), row.get(0).row()).withPointer(base));
      ObjectNode record = records.addObject();
      record.put("type", "fact");
      text(sheet, row, columns, WorkbookLayout.FACT_CODE, base + "/code")
          .ifPresent(t -> record.put("code", t));
      filled(sheet, row, columns, WorkbookLayout.FACT_VALUE, base + "/value", true)
          .ifPresent(c -> factValue(c, declared, record, base + "/value", columns));
    }
  }

  private void factValue(Cell c, Optional<DeclaredFact> declared, ObjectNode record,
      String pointer, Columns columns) {
    Location at = places.get(pointer);
    String key = WorkbookLayout.FACT_VALUE;
    if (declared.isEmpty()) {
      // an undeclared fact: kept as written, the checks against the standard report it
      record.put("value", WorkbookCells.text(c).strip());
      return;
    }
    DeclaredFact f = declared.get();
    switch (f.getType()) {
      case FLAG -> {
        Optional<Boolean> b = c.type() == CellType.BOOLEAN ? Optional.of("1".equals(c.text()))
            : c.type() == CellType.TEXT ? WorkbookLayout.flag(c.text()) : Optional.empty();
        if (b.isPresent()) {
          record.put("value", b.get());
        } else {
          unknownLabel(at, pointer, columns, key, WorkbookCells.text(c),
              List.of(WorkbookLayout.flagLabel(true, language),
                  WorkbookLayout.flagLabel(false, language)));
        }
      }
      case CHOICE -> {
        String t = WorkbookLayout.normalise(WorkbookCells.text(c));
        Optional<String> choice = f.getChoices().stream()
            .filter(x -> x.equalsIgnoreCase(t)).findFirst();
        if (choice.isPresent()) {
          record.put("value", choice.get());
        } else {
          unknownLabel(at, pointer, columns, key, WorkbookCells.text(c), f.getChoices());
        }
      }
      case DATE -> {
        WorkbookCells.DateValue d = WorkbookCells.date(c);
        String shown = WorkbookCells.text(c);
        if (d.date().isPresent()) {
          record.put("value", d.date().get().toString());
          if (d.code() == ProblemCode.WORKBOOK_DATE_SERIAL) {
            problems.add(Problem.of(d.code(), at, shown, header(columns, key), shown,
                d.date().get().toString()));
          }
        } else {
          problems.add(Problem.of(d.code(), at, shown, header(columns, key), shown));
          reported.add(pointer);
        }
      }
      default -> {
        boolean whole = f.getType() == FactType.COUNT;
        BigDecimal min = f.getMin().orElse(BigDecimal.ZERO);
        String expected = range(min, f.getMax().orElse(null), whole);
        WorkbookCells.NumberValue n = WorkbookCells.number(c);
        if (n.number().isEmpty()) {
          numberProblem(at, pointer, columns, key, c, n.code(), expected);
          return;
        }
        BigDecimal v = new BigDecimal(n.number().get().stripTrailingZeros().toPlainString());
        if (whole && v.scale() > 0 || v.compareTo(min) < 0
            || f.getMax().isPresent() && v.compareTo(f.getMax().get()) > 0) {
          invalid(at, pointer, columns, key, v.toPlainString(), expected);
        } else {
          record.put("value", v);
        }
      }
    }
  }

  // ---- the counted-deductions sheet

  private void readDeductions(XlsxPackage pkg, Sheet sheet, ArrayNode claims) {
    SheetCells cells = pkg.read(sheet, 10_000);
    Optional<Columns> found = columns(sheet, cells, WorkbookLayout.deductionColumns());
    if (found.isEmpty()) {
      return;
    }
    Columns columns = found.get();
    int line = 0;
    for (List<Cell> row : dataRows(sheet, cells, columns)) {
      String own = "/deductions/" + line++;
      Optional<String> item = text(sheet, row, columns, WorkbookLayout.DEDUCTION_ITEM,
          own + "/item");
      Optional<String> code = text(sheet, row, columns, WorkbookLayout.DEDUCTION_DEFICIENCY,
          own + "/deficiency");
      boolean declared = item.isPresent() && code.isPresent() && ruleOf(
          item.get()) instanceof CountedDeduction d
          && d.declares(code.get());
      boolean noCount = cell(row, columns, WorkbookLayout.DEDUCTION_COUNT)
          .map(c -> c.isBlank() && c.formula() == null).orElse(true);
      if (noCount && declared) {
        continue; // a template row left empty: not counted
      }
      if (item.isEmpty() || code.isEmpty()) {
        filled(sheet, row, columns, WorkbookLayout.DEDUCTION_COUNT, own + "/count", true);
        continue;
      }
      int index = -1;
      for (int i = 0; i < claims.size(); i++) {
        if (claims.get(i).has("code") && item.get().equals(claims.get(i).get("code").asString())) {
          index = i;
          break;
        }
      }
      if (index < 0) {
        index = claims.size();
        String base = "/claims/" + index;
        places.put(base, Location.sheetRow(sheet.name(), row.get(0).row()).withPointer(base));
        places.put(base + "/code", Location.cell(sheet.name(),
            ref(row, columns, WorkbookLayout.DEDUCTION_ITEM)).withPointer(base + "/code"));
        claims.addObject().put("code", item.get()).put("narrative", "");
      }
      ObjectNode claim = (ObjectNode) claims.get(index);
      ObjectNode counts = claim.get("deficiencies") instanceof ObjectNode o ? o
          : claim.putObject("deficiencies");
      String pointer = "/claims/" + index + "/deficiencies/"
          + code.get().replace("~", "~0").replace("/", "~1");
      Optional<Cell> count = filled(sheet, row, columns, WorkbookLayout.DEDUCTION_COUNT,
          pointer, true);
      if (!declared) {
        // an undeclared deficiency: the checks report it at its code
        places.put(pointer, Location.cell(sheet.name(),
            ref(row, columns, WorkbookLayout.DEDUCTION_DEFICIENCY)).withPointer(pointer));
      }
      if (count.isEmpty()) {
        if (reported.contains(pointer) && !counts.has(code.get())) {
          counts.put(code.get(), 0); // a stand-in, as below
        }
        continue;
      }
      Location at = Location.cell(sheet.name(), ref(row, columns,
          WorkbookLayout.DEDUCTION_COUNT)).withPointer(pointer);
      String expected = range(BigDecimal.ZERO, null, true);
      WorkbookCells.NumberValue n = WorkbookCells.number(count.get());
      if (n.number().isEmpty()) {
        numberProblem(at, pointer, columns, WorkbookLayout.DEDUCTION_COUNT, count.get(),
            n.code(), expected);
        counts.put(code.get(), 0); // a stand-in: the problem at the cell keeps the file refused
        continue;
      }
      BigDecimal v = n.number().get().stripTrailingZeros();
      if (v.scale() > 0 || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
        invalid(at, pointer, columns, WorkbookLayout.DEDUCTION_COUNT, v.toPlainString(),
            expected);
        counts.put(code.get(), 0); // a stand-in: the problem at the cell keeps the file refused
      } else if (counts.has(code.get())) {
        invalid(at, pointer, columns, WorkbookLayout.DEDUCTION_DEFICIENCY, code.get(),
            WorkbookLayout.text("expected.oneRow", language));
      } else {
        counts.put(code.get(), v.intValueExact());
      }
    }
  }

  /**
   * The rule of the item with a code as written (stripped), or null when there is none: the
   * first item of the code in tree order, found in the standard's items by code, gathered at
   * the first call of a read (one walk of the tree, not one per row).
   */
  private ScoringRule ruleOf(String code) {
    if (rules == null) {
      Map<String, Optional<ScoringRule>> byCode = new HashMap<>();
      standard.getAllCriteria().forEachOrdered(c -> byCode.putIfAbsent(c.getCode().toString(),
          c.getRule()));
      rules = byCode;
    }
    return rules.getOrDefault(code.strip(), Optional.empty()).orElse(null);
  }

  /** A claim with neither a self-score nor counts: its self-score cell is required. */
  private void claimsWithoutPoints(ArrayNode claims) {
    for (int i = 0; i < claims.size(); i++) {
      String pointer = "/claims/" + i + "/points";
      if (claims.get(i) instanceof ObjectNode c && !c.has("points")
          && !(c.get("deficiencies") instanceof ObjectNode d && !d.isEmpty())
          && !reported.contains(pointer)) {
        Location at = places.getOrDefault(pointer, places.get("/claims/" + i));
        problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_REQUIRED,
            at == null ? Location.pointer(pointer) : at.withPointer(pointer), null,
            WorkbookLayout.text("header." + WorkbookLayout.CLAIM_POINTS).in(language)));
        reported.add(pointer);
      }
    }
  }

  // ---- problems

  private boolean isReported(String pointer) {
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      if (reported.contains(p)) {
        return true;
      }
      if (p.isEmpty() || p.lastIndexOf('/') < 0) {
        return false;
      }
    }
  }

  private Problem relocate(Problem p) {
    Optional<String> pointer = p.getLocation().getPointer();
    if (pointer.isEmpty() || p.getLocation().getSheet().isPresent()) {
      return p;
    }
    Location place = null;
    for (String at = pointer.get(); place == null; at = at.substring(0, at.lastIndexOf('/'))) {
      place = places.get(at);
      if (at.isEmpty() || at.lastIndexOf('/') < 0) {
        break;
      }
    }
    if (place == null) {
      return p.withLocation(p.getLocation().getCriterion().map(c -> Location.criterion(c)
          .withPointer(pointer.get())).orElse(Location.pointer(pointer.get())));
    }
    Location loc = place.withPointer(pointer.get());
    if (p.getLocation().getCriterion().isPresent()) {
      loc = loc.withCriterion(p.getLocation().getCriterion().get());
    }
    return p.withLocation(loc);
  }

  private Problem modal(Problem p) {
    return mode == ReadMode.LENIENT ? p.withSeverity(Severity.WARNING) : p;
  }

  private List<Problem> capped() {
    List<Problem> sorted = new ArrayList<>(problems.stream().filter(Problem::isError).toList());
    problems.stream().filter(p -> !p.isError()).forEach(sorted::add);
    if (sorted.size() <= CAP) {
      return sorted;
    }
    List<Problem> out = new ArrayList<>(sorted.subList(0, CAP));
    out.add(Problem.of(ProblemCode.PROBLEMS_TRUNCATED, Location.unknown(), null,
        String.valueOf(sorted.size() - CAP), String.valueOf(CAP)));
    return out;
  }
}
