package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.sheets.internal.CsvEntries.Bad;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.standard.PlausibilityCheck;
import io.github.ggw.standards.model.standard.PlausibilitySeverity;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.FindingPlaces;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.InvalidStandardException;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.ReviewPeriod;
import io.github.ggw.standards.model.standard.RatingQuota;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the rows of one CSV into a standard, collecting every problem with its line, column and
 * item code. One instance per read; not thread-safe.
 */
public final class CsvStandardReader {
  /** The code cell of the row that describes the standard itself. */
  static final String STANDARD_ROW = "@standard";
  private static final LocalizedText DECIMAL = CsvTexts.text("value.decimalHalf");
  private static final LocalizedText POINTS = CsvTexts.text("value.points");

  /** One CSV record and the line it starts on. */
  public record Row(int line, String[] cells) {}

  /** One item row before its children are known. */
  private static final class Node {
    final Row row;
    final CriterionCode code;
    final Optional<CriterionCode> parent;
    final ImmutableCriterion.Builder builder;
    final List<Node> children = new ArrayList<>();

     Node(Row row, CriterionCode code, Optional<CriterionCode> parent,
        ImmutableCriterion.Builder builder) {
      this.row = row;
      this.code = code;
      this.parent = parent;
      this.builder = builder;
    }
  }

  private final List<Row> rows;
  private final MeasureRegistry measures;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
  private final Map<CriterionCode, Integer> lines = new LinkedHashMap<>();
  /** Codes of item rows refused for a bad cell: their children are not dangling. */
  private final Set<CriterionCode> refused = new HashSet<>();
  private SourceRef standardSource;
  private final List<Integer> factLines = new ArrayList<>();
  /** The line of the {@code @standard} row, once found. */
  private Integer standardLine;

  /**
   * A reader of the rows of one CSV; blank rows are left out.
   *
   * @param rows the rows after the header, with their 1-based line numbers, not null
   * @param measures the registry that rules' measures are checked against, not null
   */
  public CsvStandardReader(List<Row> rows, MeasureRegistry measures) {
    this.measures = measures;
    this.rows = rows.stream()
        .filter(r -> Arrays.stream(r.cells()).anyMatch(c -> c != null && !c.isBlank()))
        .toList();
  }

  /**
   * The problems recorded so far, in the order found.
   *
   * @return the live list of problems, never null
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The standard, or null after recording at least one error. Cell and structure problems (bad
   * cells, rule parameters, duplicate or dangling codes) come first; the cross-item checks and the
   * measure checks run, all at once, as soon as the tree can be built.
   *
   * @return the standard, or null when an error was recorded (see {@link #problems()})
   */
  public Standard read() {
    if (rows.isEmpty()) {
      problems.add(Problem.of(ProblemCode.INPUT_EMPTY, Location.unknown(), null));
      return null;
    }
    if (!header(rows.get(0))) {
      return null;
    }
    int width = rows.get(0).cells().length;
    List<Row> standardRows = new ArrayList<>();
    List<Row> itemRows = new ArrayList<>();
    List<Row> factRows = new ArrayList<>();
    for (Row r : rows.subList(1, rows.size())) {
      if (r.cells().length > width && Arrays.stream(r.cells(), width, r.cells().length)
          .anyMatch(c -> c != null && !c.isBlank())) {
        problems.add(Problem.of(ProblemCode.CSV_ROW_INVALID, Location.unknown().at(r.line(), 1),
            String.valueOf(r.cells().length), String.valueOf(r.line()),
            String.valueOf(r.cells().length), String.valueOf(width)));
      } else if (STANDARD_ROW.equals(cell(r, CsvColumn.CODE))) {
        standardRows.add(r);
      } else if (CsvFacts.FACT_ROW.equals(cell(r, CsvColumn.CODE))) {
        factRows.add(r);
      } else {
        itemRows.add(r);
      }
    }
    if (standardRows.size() != 1) {
      problems.add(Problem.of(ProblemCode.CSV_STANDARD_ROW_MISSING,
          // none: at the code cell of line 2, where the row belongs; more: at the second
          standardRows.isEmpty() ? Location.unknown().at(2, columns.getOrDefault(CsvColumn.CODE,
              0) + 1) : at(standardRows.get(1), null, CsvColumn.CODE),
          String.valueOf(standardRows.size()),
          String.valueOf(standardRows.size())));
      return null;
    }
    standardLine = standardRows.get(0).line();
    ImmutableStandard.Builder standard = standard(standardRows.get(0));
    List<DeclaredFact> facts = new ArrayList<>();
    for (Row r : factRows) {
      factLines.add(r.line());
      fact(r).ifPresent(facts::add);
    }
    Map<CriterionCode, Node> nodes = new LinkedHashMap<>();
    for (Row r : itemRows) {
       node(r).ifPresent(n -> {
        if (nodes.putIfAbsent(n.code, n) != null) {
          problems.add(Problem.of(ProblemCode.STANDARD_DUPLICATE_CODE,
              at(r, n.code, CsvColumn.CODE), n.code.toString(), n.code.toString()));
        } else {
          lines.put(n.code, r.line());
        }
      });
    }
    List<Node> roots = tree(nodes);
    if (standard == null || hasErrors()) {
      return null;
    }
    List<Criterion> dims = roots.stream().map(CsvStandardReader::build).toList();
    try {
      Standard s = standard.dimensions(dims).facts(facts).build();
      problems.addAll(locate(s.getFindings()));
      problems.addAll(locate(measures.check(s)));
      return s;
    } catch (InvalidStandardException e) {
      problems.addAll(locate(e.getFindings()));
      problems.addAll(locate(measures.check(dims, facts)));
      return null;
    }
  }

  private boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Adds the line of their item to problems located at an item code only.
   *
   * @param in problems, such as the cross-item findings of the standard, not null
   * @return the same problems, each located at its item's line where it had none
   */
  public List<Problem> locate(List<Problem> in) {
    return in.stream().map(p -> p.getLocation().getLine().isPresent() ? p
        : p.getLocation().getCriterion().map(lines::get)
            .map(line -> p.withLocation(Location.criterion(p.getLocation().getCriterion().get())
                .at(line, columns.getOrDefault(column(p), 0) + 1)))
            .or(() -> factLine(p).map(line -> p.withLocation(Location.unknown()
                .at(line, columns.getOrDefault(CsvColumn.PARAMETERS, 0) + 1))))
            .or(() -> settingLine(p).map(line -> p.withLocation(Location.unknown()
                .at(line, columns.getOrDefault(CsvColumn.PARAMETERS, 0) + 1))))
            .orElse(p))
        .toList();
  }

  /**
   * The cell of its item's row a finding is about: the column of the member it names ({@link
   * FindingPlaces}), the rule's parameters for findings about a rule, the rule cell for an item
   * that lacks one, else the code.
   */
  private static CsvColumn column(Problem p) {
    String member = FindingPlaces.member(p).orElse("");
    if (p.getCode() == ProblemCode.STANDARD_RULE_PLACEMENT) {
      return CsvColumn.RULE;
    }
    if (member.startsWith("rule")) {
      return CsvColumn.PARAMETERS;
    }
    return switch (member) {
      case "maxPoints" -> CsvColumn.POINTS;
      case "step" -> CsvColumn.STEP;
      case "weight" -> CsvColumn.WEIGHT;
      case "kind" -> CsvColumn.KIND;
      case "notApplicableTo" -> CsvColumn.NOT_APPLICABLE_TO;
      default -> p.getCode() == ProblemCode.STANDARD_RULE_PLACEMENT ? CsvColumn.RULE
          : CsvColumn.CODE;
    };
  }

  /**
   * The line of the {@code @standard} row, for a finding at one of its settings (a pointer such
   * as {@code /rounding}, {@code /ratingBands/2} or {@code /quotas/0}, not under the items or
   * facts).
   */
  private Optional<Integer> settingLine(Problem p) {
    return p.getLocation().getPointer()
        .filter(x -> !x.isEmpty() && !x.startsWith("/dimensions") && !x.startsWith("/facts"))
        .flatMap(x -> Optional.ofNullable(standardLine));
  }

  /** The line of the {@code @fact} row a finding at {@code /facts/<i>} is about. */
  private Optional<Integer> factLine(Problem p) {
    return p.getLocation().getPointer().filter(x -> x.startsWith("/facts/")).map(x -> {
      String i = x.substring("/facts/".length()).split("/")[0];
      int n = Integer.parseInt(i);
      return n < factLines.size() ? factLines.get(n) : null;
    });
  }

  /** A {@code @fact} row: the declaration, or empty after recording its mistakes. */
  private Optional<DeclaredFact> fact(Row r) {
    int before = problems.size();
    Optional<LocalizedText> title = requiredText(r, null, CsvColumn.TITLE, CsvColumn.TITLE_EN);
    Optional<SourceRef> source = factSource(r);
    CsvEntries e = CsvEntries.parse(cell(r, CsvColumn.PARAMETERS));
    Optional<DeclaredFact> fact = CsvFacts.parse(e, title, source);
    for (Bad b : e.finish()) {
      invalid(r, null, CsvColumn.PARAMETERS, b.key() + "=" + b.value(),
          CsvTexts.text("value.keyed", b.key(), b.expected()));
    }
    return problems.size() > before ? Optional.empty() : fact;
  }

  /** A fact's source: the standard's when the four source cells are empty. */
  private Optional<SourceRef> factSource(Row r) {
    String doc = cell(r, CsvColumn.SOURCE);
    String clause = cell(r, CsvColumn.CLAUSE);
    String status = cell(r, CsvColumn.STATUS);
    String note = cell(r, CsvColumn.NOTE);
    if (doc.isEmpty() && clause.isEmpty() && status.isEmpty() && note.isEmpty()) {
      return Optional.ofNullable(standardSource);
    }
    Optional<SourceStatus> st = status.isEmpty()
        ? Optional.ofNullable(standardSource).map(SourceRef::status)
        : typed(r, null, CsvColumn.STATUS, CsvEntries.expected(SourceStatus.class),
            v -> CsvEntries.constant(SourceStatus.class, v));
    if (st.isEmpty()) {
      return Optional.empty();
    }
    return typed(r, null, doc.isEmpty() ? CsvColumn.SOURCE : CsvColumn.CLAUSE,
        CsvTexts.text("value.sourceLength"),
        x -> new SourceRef(doc, clause, st.get(), note)).or(() -> {
          if (doc.isEmpty() || clause.isEmpty()) {
            invalid(r, null, doc.isEmpty() ? CsvColumn.SOURCE : CsvColumn.CLAUSE, "",
                CsvTexts.text("value.source"));
          }
          return Optional.empty();
        });
  }

  // ------------------------------------------------------------------ header

  private boolean header(Row header) {
    String[] cells = header.cells();
    for (int i = 0; i < cells.length; i++) {
      String name = cells[i] == null ? "" : cells[i].strip();
      if (name.isEmpty() && i == cells.length - 1) {
        continue;
      }
      Optional<CsvColumn> c = CsvColumn.of(name);
      if (c.isEmpty() || columns.containsKey(c.get())) {
        problems.add(Problem.of(ProblemCode.CSV_COLUMN_UNKNOWN,
            Location.unknown().at(header.line(), i + 1), name, name, CsvColumn.names()));
      } else {
        columns.put(c.get(), i);
      }
    }
    for (CsvColumn c : CsvColumn.values()) {
      if (c.required() && !columns.containsKey(c)) {
        problems.add(Problem.of(ProblemCode.CSV_COLUMN_MISSING,
            Location.unknown().at(header.line(), 1), c.header(), c.header()));
      }
    }
    return !hasErrors();
  }

  // ------------------------------------------------------------------ cells

  private String cell(Row r, CsvColumn c) {
    Integer i = columns.get(c);
    return i == null || i >= r.cells().length || r.cells()[i] == null ? ""
        : r.cells()[i].strip();
  }

  private Location at(Row r, CriterionCode code, CsvColumn c) {
    Location base = code == null ? Location.unknown() : Location.criterion(code);
    return base.at(r.line(), columns.getOrDefault(c, 0) + 1);
  }

  private void invalid(Row r, CriterionCode code, CsvColumn c, String value,
      LocalizedText expected) {
    problems.add(Problem.of(ProblemCode.CSV_CELL_INVALID, at(r, code, c), value, c.header(),
        value, expected.en(), expected.zh()));
  }

  /** A typed cell: empty when blank, or after recording a mistake when unreadable. */
  private <T> Optional<T> typed(Row r, CriterionCode code, CsvColumn c, LocalizedText expected,
      Function<String, T> parse) {
    String v = cell(r, c);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(v));
    } catch (StandardsException | IllegalArgumentException e) {
      invalid(r, code, c, v, expected);
      return Optional.empty();
    }
  }

  /** A text in both languages from a Chinese and an English column; empty when both blank. */
  private Optional<LocalizedText> text(Row r, CriterionCode code, CsvColumn zh, CsvColumn en) {
    String z = cell(r, zh);
    String e = cell(r, en);
    if (z.isEmpty() && e.isEmpty()) {
      return Optional.empty();
    }
    return typed(r, code, zh, CsvTexts.text("value.textLength"),
        x -> LocalizedText.of(z.isEmpty() ? e : z, e.isEmpty() ? z : e));
  }

  private Optional<LocalizedText> requiredText(Row r, CriterionCode code, CsvColumn zh,
      CsvColumn en) {
    Optional<LocalizedText> t = text(r, code, zh, en);
    if (t.isEmpty() && cell(r, zh).isEmpty()) {
      invalid(r, code, zh, "", CsvTexts.text("value.text"));
    }
    return t;
  }

  /** The source of a row; empty cells take the standard's source. */
  private Optional<SourceRef> source(Row r, CriterionCode code) {
    String doc = cell(r, CsvColumn.SOURCE);
    String clause = cell(r, CsvColumn.CLAUSE);
    String status = cell(r, CsvColumn.STATUS);
    String note = cell(r, CsvColumn.NOTE);
    if (code != null && doc.isEmpty() && clause.isEmpty() && status.isEmpty() && note.isEmpty()) {
      return Optional.ofNullable(standardSource);
    }
    Optional<SourceStatus> s = typed(r, code, CsvColumn.STATUS,
        CsvEntries.expected(SourceStatus.class), v -> CsvEntries.constant(SourceStatus.class, v));
    if (status.isEmpty() && code == null) {
      invalid(r, null, CsvColumn.STATUS, "", CsvEntries.expected(SourceStatus.class));
      return Optional.empty();
    }
    SourceStatus st = s.orElse(standardSource == null ? SourceStatus.MODELLED
        : standardSource.status());
    if (!status.isEmpty() && s.isEmpty()) {
      return Optional.empty();
    }
    return typed(r, code, doc.isEmpty() ? CsvColumn.SOURCE : CsvColumn.CLAUSE,
        CsvTexts.text("value.sourceLength"),
        x -> new SourceRef(doc, clause, st, note))
        .or(() -> {
          if (doc.isEmpty() || clause.isEmpty()) {
             invalid(r, code, doc.isEmpty() ? CsvColumn.SOURCE : CsvColumn.CLAUSE, "",
                CsvTexts.text("value.source"));
          }
          return Optional.empty();
        });
  }

  // ------------------------------------------------------------------ the @standard row

  /** The standard's builder without dimensions, or null after recording mistakes. */
  private ImmutableStandard.Builder standard(Row r) {
    int before = problems.size();
    Optional<LocalizedText> title = requiredText(r, null, CsvColumn.TITLE, CsvColumn.TITLE_EN);
    Optional<LocalizedText> issuer =
        requiredText(r, null, CsvColumn.REQUIREMENT, CsvColumn.REQUIREMENT_EN);
    Optional<SourceRef> source = source(r, null);
    standardSource = source.orElse(null);
    CsvEntries e = CsvEntries.parse(cell(r, CsvColumn.PARAMETERS));
    Optional<StandardId> id = e.requiredValue("id", CsvTexts.text("value.standardId"),
        StandardId::of);
    Optional<StandardVersion> version = e.requiredValue("version",
        CsvTexts.text("value.version"), StandardVersion::of);
    Optional<StandardVersion> replaces = e.value("replaces", CsvTexts.text("value.replaces"),
        StandardVersion::of);
    Optional<LocalDate> from = e.requiredValue("effectiveFrom", CsvTexts.text("value.dateFrom"),
        LocalDate::parse);
    Optional<LocalDate> until = e.value("validUntil", CsvTexts.text("value.dateUntil"),
        LocalDate::parse);
    Set<UnitType> types = e.enums("applicableUnitTypes", UnitType.class);
    if (types.isEmpty() && !e.has("applicableUnitTypes")) {
      e.required("applicableUnitTypes", CsvEntries.expected(UnitType.class));
    }
    Optional<BigDecimal> precision = e.value("precision", DECIMAL, CsvEntries::decimal);
    Optional<RoundingMode> rounding = e.enumValue("rounding", RoundingMode.class);
    Optional<BigDecimal> step = e.value("claimStep", DECIMAL, CsvEntries::decimal);
    Optional<NotApplicableMode> mode = e.enumValue("notApplicableMode", NotApplicableMode.class);
    Optional<Points> bonusCap = e.value("bonusCap", POINTS, CsvEntries::points);
    Optional<Points> threshold = e.requiredValue("certificationThreshold", POINTS,
        CsvEntries::points);
    Optional<Points> vetoBelow = e.value("vetoBelow", POINTS, CsvEntries::points);
    Optional<Points> compositeScale = e.value("compositeScale", POINTS, CsvEntries::points);
    LocalizedText bandsExpected = CsvTexts.text("value.bands", CsvTexts.choices(Rating.class));
    List<RatingBand> bands = e.pairs("ratingBands", bandsExpected, (a, b) ->
        new RatingBand(CsvEntries.constant(Rating.class, a), CsvEntries.points(b)));
    if (bands.isEmpty() && !e.has("ratingBands")) {
      e.required("ratingBands", bandsExpected);
    }
    List<RatingQuota> quotas = e.pairs("quotas", CsvTexts.text("value.quotas", CsvTexts.choices(Rating.class)),
        (a, b) -> new RatingQuota(CsvEntries.constant(Rating.class, a), CsvEntries.decimal(b)));
    Set<DesignationKind> prerequisites = e.enums("prerequisites", DesignationKind.class);
    List<String> jurisdiction = e.list("jurisdiction",
        CsvTexts.text("value.jurisdiction"), v -> {
          if (!v.matches("[0-9]{2,6}")) {
            throw new IllegalArgumentException("not a district code prefix: " + v);
          }
          return v;
        });
    Optional<BigDecimal> minTrainingHours = e.value("minTrainingHours", DECIMAL,
        CsvEntries::decimal);
    Optional<ReviewPeriod> reviewWindow = e.value("reviewWindow", LocalizedText.of(
        "自评估年度 1 月 1 日起的月数“开始-结束”，0 ≤ 开始 < 结束 ≤ " + ReviewPeriod.MAX_MONTHS
            + "，如 0-24（默认）或 3-15",
        "months after 1 January of the assessment year OPENS-CLOSES, 0 <= OPENS < CLOSES <= "
            + ReviewPeriod.MAX_MONTHS + ", such as 0-24 (the default) or 3-15"), v -> {
          String[] parts = v.strip().split("\\s*-\\s*", -1);
          if (parts.length != 2 || !parts[0].matches("[0-9]{1,2}")
              || !parts[1].matches("[0-9]{1,2}")) {
            throw new IllegalArgumentException("not a review window: " + v);
          }
          int opens = Integer.parseInt(parts[0]);
          int closes = Integer.parseInt(parts[1]);
          if (!ReviewPeriod.isValid(opens, closes)) {
            throw new IllegalArgumentException("not a review window: " + v);
          }
          return new ReviewPeriod(opens, closes);
        });
    List<PlausibilitySeverity> plausibility = e.pairs("plausibility",
        CsvTexts.text("value.plausibility", CsvTexts.choices(PlausibilityCheck.class),
            CsvTexts.choices(Severity.class)),
        (a, b) -> new PlausibilitySeverity(CsvEntries.constant(PlausibilityCheck.class, a),
            CsvEntries.constant(Severity.class, b)));
    if (plausibility.stream().map(PlausibilitySeverity::check).distinct().count()
        < plausibility.size()) {
      invalid(r, null, CsvColumn.PARAMETERS, "plausibility=" + plausibility,
          CsvTexts.text("value.plausibilityOnce"));
    }
    for (Bad b : e.finish()) {
      String value = b.key() + "=" + b.value();
      invalid(r, null, CsvColumn.PARAMETERS, value,
          CsvTexts.text("value.keyed", b.key(), b.expected()));
    }
    if (problems.size() > before) {
      return null;
    }
    ImmutableStandard.Builder s = Standard.builder().id(id.get()).version(version.get())
        .replaces(replaces).title(title.get()).issuer(issuer.get()).effectiveFrom(from.get())
        .validUntil(until).applicableUnitTypes(types)
        .certificationThreshold(threshold.get()).vetoBelow(vetoBelow).ratingBands(bands)
        .quotas(quotas).prerequisites(prerequisites).source(source.get());
    precision.ifPresent(s::precision);
    rounding.ifPresent(s::rounding);
    step.ifPresent(s::claimStep);
    mode.ifPresent(s::notApplicableMode);
    bonusCap.ifPresent(s::bonusCap);
    compositeScale.ifPresent(s::compositeScale);
    s.addAllJurisdiction(jurisdiction);
    minTrainingHours.ifPresent(s::minTrainingHours);
    reviewWindow.ifPresent(s::reviewWindow);
    s.addAllPlausibility(plausibility);
    return s;
  }

  // ------------------------------------------------------------------ item rows

  private Optional<Node> node(Row r) {
    String codeText = cell(r, CsvColumn.CODE);
    Optional<CriterionCode> code = typed(r, null, CsvColumn.CODE,
        CsvTexts.text("value.code"), CriterionCode::of);
    if (code.isEmpty()) {
      if (codeText.isEmpty()) {
        invalid(r, null, CsvColumn.CODE, "", CsvTexts.text("value.code"));
      }
      return Optional.empty();
    }
    CriterionCode c = code.get();
    int before = problems.size();
    Optional<CriterionCode> parent = typed(r, c, CsvColumn.PARENT,
        CsvTexts.text("value.parent"), CriterionCode::of);
    Optional<LocalizedText> title = requiredText(r, c, CsvColumn.TITLE, CsvColumn.TITLE_EN);
    Optional<LocalizedText> requirement =
        text(r, c, CsvColumn.REQUIREMENT, CsvColumn.REQUIREMENT_EN);
    Optional<Points> points = typed(r, c, CsvColumn.POINTS, POINTS, CsvEntries::points);
    if (cell(r, CsvColumn.POINTS).isEmpty()) {
      invalid(r, c, CsvColumn.POINTS, "", POINTS);
    }
    Optional<CriterionKind> kind = typed(r, c, CsvColumn.KIND,
        CsvEntries.expected(CriterionKind.class),
        v -> CsvEntries.constant(CriterionKind.class, v));
    Optional<BigDecimal> weight = typed(r, c, CsvColumn.WEIGHT, DECIMAL, CsvEntries::decimal);
    Optional<BigDecimal> step = typed(r, c, CsvColumn.STEP, DECIMAL, CsvEntries::decimal);
    List<UnitType> notApplicable = typed(r, c, CsvColumn.NOT_APPLICABLE_TO,
        CsvEntries.expected(UnitType.class), v -> Arrays.stream(v.split("[,，、]"))
            .map(String::strip).filter(x -> !x.isEmpty())
            .map(x -> CsvEntries.constant(UnitType.class, x)).toList()).orElse(List.of());
    Optional<SourceRef> source = source(r, c);
    Optional<ScoringRule> rule = rule(r, c);
    if (problems.size() > before || title.isEmpty() || points.isEmpty() || source.isEmpty()) {
      refused.add(c);
      return Optional.empty();
    }
    ImmutableCriterion.Builder b = Criterion.builder().code(c).title(title.get())
        .requirement(requirement).maxPoints(points.get()).rule(rule).weight(weight)
        .step(step).addAllNotApplicableTo(notApplicable).source(source.get());
    kind.ifPresent(b::kind);
    return Optional.of(new Node(r, c, parent, b));
  }

  private Optional<ScoringRule> rule(Row r, CriterionCode c) {
    String kindText = cell(r, CsvColumn.RULE);
    String params = cell(r, CsvColumn.PARAMETERS);
    if (kindText.isEmpty()) {
      if (!params.isEmpty()) {
        invalid(r, c, CsvColumn.PARAMETERS, params, CsvTexts.text("value.noParameters"));
      }
      return Optional.empty();
    }
    Optional<String> kind = CsvRules.kind(kindText);
    if (kind.isEmpty()) {
      invalid(r, c, CsvColumn.RULE, kindText, CsvRules.kinds());
      return Optional.empty();
    }
    List<Bad> bad = new ArrayList<>();
    Optional<ScoringRule> rule = CsvRules.parse(kind.get(), params, bad);
    for (Bad b : bad) {
      problems.add(Problem.of(ProblemCode.STANDARD_PARAMETER_INVALID,
           at(r, c, CsvColumn.PARAMETERS), b.key() + "=" + b.value(), c.toString(), b.key(),
          b.value(), b.expected().en(), b.expected().zh()));
    }
    return rule;
  }

  /** Links children to parents; a parent that does not exist, or a cycle, is a dangling code. */
  private List<Node> tree(Map<CriterionCode, Node> nodes) {
    List<Node> roots = new ArrayList<>();
    for (Node n : nodes.values()) {
      if (n.parent.isEmpty()) {
        roots.add(n);
      } else if (nodes.containsKey(n.parent.get())) {
        nodes.get(n.parent.get()).children.add(n);
      } else if (!refused.contains(n.parent.get())) {
        dangling(n);
      }
    }
    Set<CriterionCode> reached = new HashSet<>();
    roots.forEach(n -> reach(n, reached));
    nodes.values().stream()
        .filter(n -> !reached.contains(n.code) && n.parent.map(nodes::containsKey).orElse(false))
        .forEach(this::dangling);
    return roots;
  }

  private void dangling(Node n) {
    String parent = n.parent.map(CriterionCode::toString).orElse("");
    problems.add(Problem.of(ProblemCode.STANDARD_DANGLING_CODE,
        at(n.row, n.code, CsvColumn.PARENT), parent, parent));
  }

  private static void reach(Node n, Set<CriterionCode> reached) {
    if (reached.add(n.code)) {
      n.children.forEach(child -> reach(child, reached));
    }
  }

  private static Criterion build(Node n) {
    return n.builder.addAllChildren(n.children.stream().map(CsvStandardReader::build).toList())
        .build();
  }
}
