package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.json.menu.MenusJson;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.PersonalNumbers;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.sheets.WorkbookLimits;
import io.github.ggw.standards.sheets.internal.MenuWorkbookLayout.Column;
import io.github.ggw.standards.sheets.internal.MenuWorkbookLayout.Role;
import io.github.ggw.standards.sheets.internal.XlsxPackage.Cell;
import io.github.ggw.standards.sheets.internal.XlsxPackage.Sheet;
import io.github.ggw.standards.sheets.internal.XlsxPackage.SheetCells;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a menu workbook laid out as {@link MenuWorkbookLayout} says into the two menus: the cells
 * become the menus' JSON documents, which {@link MenusJson} reads with every check it makes on a
 * JSON file, and every problem's pointer is translated back to the cell it came from. What the
 * workbook itself can get wrong is located at its sheet, cell or row, all at once: a sheet the
 * layout does not have, a missing sheet or column, a hidden data sheet (read, with a warning),
 * merged cells in data rows, an empty required cell in a filled row, a date or number that does
 * not read, a formula (its cached value read with a warning; none is an error), a personal number
 * in any cell. A cell that does not read gets a stand-in value, so that the checks of the rest
 * still run. Not API; one instance reads one workbook.
 */
public final class MenuWorkbookReader {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final LocalDate STAND_IN_FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate STAND_IN_TO = LocalDate.of(2100, 12, 31);

  private final WorkbookLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Location> places = new HashMap<>();
  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  /**
   * A reader.
   *
   * @param limits the limits of the safe opening and the rows, not null
   */
  public MenuWorkbookReader(WorkbookLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads a workbook's bytes.
   *
   * @param bytes the bytes, not null
   * @return both menus with their warnings, or every problem found
   */
  public Result<Menus> read(byte[] bytes) {
    Result<XlsxPackage> opened = XlsxPackage.open(bytes, limits);
    if (!opened.isValid()) {
      return Result.refused(opened.problems());
    }
    try (XlsxPackage pkg = opened.orElseThrow()) {
      return read(pkg);
    } catch (XlsxPackage.XlsxException e) {
      problems.add(e.problem());
      return Result.refused(problems);
    }
  }

  /**
   * The two menus of one workbook.
   *
   * @param needs the needs menu, not null
   * @param resources the resource menu, not null
   */
  public record Menus(NeedsMenu needs, ResourceMenu resources) {}

  private Result<Menus> read(XlsxPackage pkg) {
    Map<Role, Sheet> found = new EnumMap<>(Role.class);
    Optional<Sheet> metaSheet = pkg.sheets().stream()
        .filter(s -> s.name().equals(WorkbookLayout.META_SHEET)).findFirst();
    if (metaSheet.isPresent()) {
      for (List<Cell> row : pkg.read(metaSheet.get(), 100).rows()) {
        if (row.size() >= 2 && row.get(0).text().equals("language")
            && row.get(1).text().startsWith("en")) {
          locale = Locale.ENGLISH;
        }
      }
    }
    String allowed = java.util.Arrays.stream(Role.values())
        .map(r -> r.sheetName().in(locale)).collect(Collectors.joining(separator()));
    for (Sheet s : pkg.sheets()) {
      if (s.name().equals(WorkbookLayout.META_SHEET) || s.name().equals(WorkbookLayout.LISTS_SHEET)
          || MenuWorkbookLayout.text("sheet.instructions").zh().equals(s.name())
          || MenuWorkbookLayout.text("sheet.instructions").en().equals(s.name())) {
        continue;
      }
      Optional<Role> role = MenuWorkbookLayout.roleOf(s.name());
      if (role.isEmpty()) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_SHEET_UNKNOWN, Location.sheet(s.name()),
            s.name(), s.name(), allowed));
      } else if (found.containsKey(role.get())) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_SHEET_DUPLICATE, Location.sheet(s.name()),
            s.name(), s.name(), found.get(role.get()).name(), role.get().sheetName().in(locale)));
      } else {
        found.put(role.get(), s);
        if (s.visibility() != XlsxPackage.Visibility.VISIBLE) {
          problems.add(Problem.of(ProblemCode.WORKBOOK_SHEET_HIDDEN, Location.sheet(s.name()),
              s.name(), s.name()));
        }
      }
    }
    for (Role r : Role.values()) {
      if (!found.containsKey(r)) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_SHEET_MISSING, Location.unknown(),
            r.sheetName().in(locale), r.sheetName().in(locale)));
      }
    }
    if (found.size() < Role.values().length) {
      return Result.refused(problems);
    }
    ObjectNode needs = MAPPER.createObjectNode();
    ObjectNode resources = MAPPER.createObjectNode();
    needs.put("kind", "needs-menu").put("formatVersion", 1);
    resources.put("kind", "resource-menu").put("formatVersion", 1);
    boolean unitMissing = false;
    List<Map<String, Cell>> unitRows = rows(pkg, found.get(Role.UNIT), Role.UNIT);
    if (!unitRows.isEmpty()) {
      Map<String, Cell> u = unitRows.get(0);
      String unitId = text(u, "menus.unitId", "/unitId", found.get(Role.UNIT));
      Integer year = whole(u, "menus.year", "/year", found.get(Role.UNIT));
      for (ObjectNode d : List.of(needs, resources)) {
        d.put("unitId", unitId == null ? "X" : unitId);
        d.put("year", year == null ? 2000 : year);
      }
    } else {
      // no unit row: its first cell's problem stands for the unit and the year, which get
      // stand-ins so that the menus' own problems are still found
      problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_REQUIRED,
          Location.cell(found.get(Role.UNIT).name(), "A3"), null,
          MenuWorkbookLayout.columns(Role.UNIT).get(0).header().in(locale)));
      for (ObjectNode d : List.of(needs, resources)) {
        d.put("unitId", "X");
        d.put("year", 2000);
      }
      unitMissing = true;
    }
    ArrayNode ns = needs.putArray("needs");
    List<Map<String, Cell>> needRows = rows(pkg, found.get(Role.NEEDS), Role.NEEDS);
    for (int i = 0; i < needRows.size(); i++) {
      ns.add(need(needRows.get(i), "/needs/" + i, found.get(Role.NEEDS)));
    }
    ArrayNode rs = resources.putArray("resources");
    List<Map<String, Cell>> resourceRows = rows(pkg, found.get(Role.RESOURCES), Role.RESOURCES);
    for (int i = 0; i < resourceRows.size(); i++) {
      rs.add(resource(resourceRows.get(i), "/resources/" + i, found.get(Role.RESOURCES)));
    }
    MenusJson json = MenusJson.create();
    Result<NeedsMenu> n = json.readNeeds(MAPPER.writeValueAsString(needs)
        .getBytes(StandardCharsets.UTF_8));
    Result<ResourceMenu> r = json.readResources(MAPPER.writeValueAsString(resources)
        .getBytes(StandardCharsets.UTF_8));
    // the unit and year are read into both documents: report their problems once
    // (and none at all where the unit row is missing: its stand-ins are not the unit's)
    boolean standIns = unitMissing;
    n.problems().stream().filter(p -> !(standIns && ofUnitOrYear(p)))
        .forEach(p -> problems.add(relocate(p)));
    r.problems().stream().filter(p -> !ofUnitOrYear(p)).forEach(p -> problems.add(relocate(p)));
    if (problems.stream().anyMatch(Problem::isError) || !n.isValid() || !r.isValid()) {
      return Result.refused(problems.stream().anyMatch(Problem::isError) ? problems
          : n.problems());
    }
    return Result.of(new Menus(n.orElseThrow(), r.orElseThrow()), problems);
  }

  /** Whether a problem of a menu document is at its unit id or year. */
  private static boolean ofUnitOrYear(Problem p) {
    return p.getLocation().getPointer().map(q -> q.equals("/unitId") || q.equals("/year"))
        .orElse(false);
  }

  private ObjectNode need(Map<String, Cell> row, String at, Sheet s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", id(row, "need.id", at + "/id", s));
    o.put("category", choice(row, "need.category", at + "/category", s));
    o.put("beneficiary", choice(row, "need.beneficiary", at + "/beneficiary", s));
    Integer count = whole(row, "need.count", at + "/count", s);
    o.put("count", count == null ? 1 : count);
    o.put("unit", choice(row, "need.unit", at + "/unit", s));
    ObjectNode w = o.putObject("window");
    w.put("from", date(row, "need.from", at + "/window/from", s, STAND_IN_FROM).toString());
    w.put("to", date(row, "need.to", at + "/window/to", s, STAND_IN_TO).toString());
    return o;
  }

  private ObjectNode resource(Map<String, Cell> row, String at, Sheet s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", id(row, "resource.id", at + "/id", s));
    o.put("elder", id(row, "resource.elder", at + "/elder", s));
    o.put("elderCategory", choice(row, "resource.elderCategory", at + "/elderCategory", s));
    o.put("tier", choice(row, "resource.tier", at + "/tier", s));
    ArrayNode cats = o.putArray("categories");
    String listed = text(row, "resource.categories", at + "/categories", s);
    if (listed != null) {
      for (String c : listed.split("[、,，;；]")) {
        if (!c.isBlank()) {
          place(at + "/categories/" + cats.size(), row.get("resource.categories"), s);
          cats.add(c.strip());
        }
      }
    }
    if (cats.isEmpty()) {
      cats.add(ServiceCategory.values()[0].name());
    }
    Integer cap = whole(row, "resource.capacity", at + "/capacity", s);
    o.put("capacity", cap == null ? 1 : cap);
    o.put("unit", choice(row, "resource.unit", at + "/unit", s));
    ArrayNode ws = o.putArray("availability");
    ObjectNode first = ws.addObject();
    first.put("from", date(row, "resource.from", at + "/availability/0/from", s, STAND_IN_FROM)
        .toString());
    first.put("to", date(row, "resource.to", at + "/availability/0/to", s, STAND_IN_TO)
        .toString());
    Cell more = row.get("resource.more");
    if (more != null && !more.isBlank()) {
      for (String pair : WorkbookCells.text(more).split("[;；]")) {
        if (pair.isBlank()) {
          continue;
        }
        String pointer = at + "/availability/" + ws.size();
        place(pointer, more, s);
        String[] ends = pair.split("[~～至]");
        ObjectNode w = ws.addObject();
        if (ends.length != 2) {
          problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_INVALID, cellAt(s, more, pointer),
              pair, header("resource.more"), pair, MenuWorkbookLayout.text("hint.more", locale)));
          w.put("from", STAND_IN_FROM.toString()).put("to", STAND_IN_TO.toString());
          continue;
        }
        w.put("from", dateText(ends[0], more, pointer + "/from", s, STAND_IN_FROM).toString());
        w.put("to", dateText(ends[1], more, pointer + "/to", s, STAND_IN_TO).toString());
      }
    }
    return o;
  }

  /** The filled data rows of a sheet, each as its cells by column key. */
  private List<Map<String, Cell>> rows(XlsxPackage pkg, Sheet s, Role role) {
    SheetCells cells = pkg.read(s, Math.min(limits.maxEvidenceRows(), 2_000) + 1);
    if (cells.rowsPastBudget()) {
      problems.add(Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, Location.sheet(s.name()),
          null, "maxEntries", String.valueOf(Math.min(limits.maxEvidenceRows(), 2_000))));
    }
    for (String range : cells.merged()) {
      int row = Integer.parseInt(range.replaceAll("^[A-Za-z]+([0-9]+).*$", "$1"));
      if (row >= 3) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_MERGED_CELLS,
            Location.cell(s.name(), range.split(":")[0]), range, range));
      }
    }
    List<Column> cols = MenuWorkbookLayout.columns(role);
    Map<Integer, Column> byIndex = columns(cells, s, cols);
    List<Map<String, Cell>> out = new ArrayList<>();
    if (byIndex == null) {
      return out;
    }
    // a column of the form has a header (row 1) or key (row 2); a value anywhere else would be
    // lost without a word: a header the form does not have is reported once at its cell, a
    // value under no header at its own cell
    Set<Integer> headed = new HashSet<>();
    for (List<Cell> row : cells.rows()) {
      if (row.isEmpty() || row.get(0).row() > 2) {
        continue;
      }
      for (Cell c : row) {
        if (!c.isBlank() && headed.add(c.column()) && !byIndex.containsKey(c.column())) {
          String name = PersonalNumbers.mask(c.text().strip());
          problems.add(Problem.of(ProblemCode.WORKBOOK_COLUMN_UNKNOWN,
              Location.cell(s.name(), c.ref()), name, name, s.name(),
              String.join(separator(), cols.stream().map(col -> header(col.key())).toList())));
        }
      }
    }
    for (List<Cell> row : cells.rows()) {
      if (row.isEmpty() || row.get(0).row() < 3 || row.stream().allMatch(Cell::isBlank)) {
        continue;
      }
      Map<String, Cell> byKey = new HashMap<>();
      for (Cell c : row) {
        if (!c.isBlank() && !headed.contains(c.column())) {
          String text = PersonalNumbers.mask(c.text().strip());
          problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_UNHEADED,
              Location.cell(s.name(), c.ref()), text, text));
        }
        Column col = byIndex.get(c.column());
        if (col != null && !c.isBlank()) {
          byKey.put(col.key(), c);
        }
        if (!c.isBlank() && PersonalNumbers.holdsAny(c.text())) {
          problems.add(Problem.of(PersonalNumbers.holdsIdentityNumber(c.text())
              ? ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER
              : ProblemCode.PERSONAL_DATA_MOBILE_NUMBER, Location.cell(s.name(), c.ref()), null));
        }
      }
      if (byKey.isEmpty()) {
        continue;
      }
      for (Column col : cols) {
        if (col.required() && !byKey.containsKey(col.key())) {
          int index = byIndex.entrySet().stream().filter(e -> e.getValue().equals(col))
              .map(Map.Entry::getKey).findFirst().orElse(0);
          problems.add(Problem.of(ProblemCode.WORKBOOK_CELL_REQUIRED, Location.cell(s.name(),
              org.apache.poi.ss.util.CellReference.convertNumToColString(index)
                  + row.get(0).row()), null, header(col.key())));
        }
      }
      out.add(byKey);
    }
    return out;
  }

  /** The columns by index, found by the key row, else by headings; null when one is missing. */
  private Map<Integer, Column> columns(SheetCells cells, Sheet s, List<Column> cols) {
    Map<Integer, Column> byIndex = new HashMap<>();
    for (int rowNumber : new int[] {2, 1}) {
      byIndex.clear();
      for (List<Cell> row : cells.rows()) {
        if (row.isEmpty() || row.get(0).row() != rowNumber) {
          continue;
        }
        for (Cell c : row) {
          String t = WorkbookLayout.normalise(c.text());
          cols.stream().filter(col -> rowNumber == 2 ? col.key().equals(t)
              : col.header().zh().equals(t) || col.header().en().equalsIgnoreCase(t))
              .findFirst().ifPresent(col -> byIndex.put(c.column(), col));
        }
      }
      if (!byIndex.isEmpty()) {
        break;
      }
    }
    boolean complete = true;
    for (Column col : cols) {
      if (col.required() && !byIndex.containsValue(col)) {
        problems.add(Problem.of(ProblemCode.WORKBOOK_COLUMN_MISSING, Location.sheet(s.name()),
            null, s.name(), header(col.key())));
        complete = false;
      }
    }
    return complete ? byIndex : null;
  }

  private String id(Map<String, Cell> row, String key, String pointer, Sheet s) {
    String t = text(row, key, pointer, s);
    return t == null ? "row" + anyRow(row) : WorkbookLayout.normalise(t);
  }

  private String choice(Map<String, Cell> row, String key, String pointer, Sheet s) {
    String t = text(row, key, pointer, s);
    if (t != null) {
      return t;
    }
    Column col = MenuWorkbookLayout.columns(roleOfKey(key)).stream()
        .filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    return col.choices().getEnumConstants()[0].name();
  }

  private String text(Map<String, Cell> row, String key, String pointer, Sheet s) {
    Cell c = row.get(key);
    if (c == null) {
      return null;
    }
    place(pointer, c, s);
    return value(c, key, pointer, s) ? WorkbookCells.text(c) : null;
  }

  private Integer whole(Map<String, Cell> row, String key, String pointer, Sheet s) {
    Cell c = row.get(key);
    if (c == null || !value(c, key, pointer, s)) {
      if (c != null) {
        place(pointer, c, s);
      }
      return null;
    }
    place(pointer, c, s);
    WorkbookCells.NumberValue v = WorkbookCells.number(c);
    if (v.number().isPresent() && v.number().get().stripTrailingZeros().scale() <= 0
        && v.number().get().abs().compareTo(java.math.BigDecimal.valueOf(1_000_000)) < 0) {
      return v.number().get().intValueExact();
    }
    problems.add(Problem.of(v.code() == null ? ProblemCode.WORKBOOK_CELL_INVALID : v.code(),
        cellAt(s, c, pointer), c.text(), header(key), c.text(),
        MenuWorkbookLayout.text(key.endsWith("year") ? "hint.year" : "hint.amount", locale)));
    return null;
  }

  private LocalDate date(Map<String, Cell> row, String key, String pointer, Sheet s,
      LocalDate standIn) {
    Cell c = row.get(key);
    if (c == null) {
      return standIn;
    }
    place(pointer, c, s);
    if (!value(c, key, pointer, s)) {
      return standIn;
    }
    WorkbookCells.DateValue v = WorkbookCells.date(c);
    return dated(v, c, key, pointer, s, standIn);
  }

  private LocalDate dateText(String text, Cell c, String pointer, Sheet s, LocalDate standIn) {
    return dated(WorkbookCells.dateText(text), c, "resource.more", pointer, s, standIn);
  }

  private LocalDate dated(WorkbookCells.DateValue v, Cell c, String key, String pointer, Sheet s,
      LocalDate standIn) {
    if (v.code() != null) {
      String shown = v.date().map(LocalDate::toString).orElse("");
      problems.add(Problem.of(v.code(), cellAt(s, c, pointer), c.text(), header(key), c.text(),
          shown));
    }
    return v.date().orElse(standIn);
  }

  /** Whether the cell holds a value to read (a formula's cached one, with a warning). */
  private boolean value(Cell c, String key, String pointer, Sheet s) {
    if (c.formula() == null) {
      return true;
    }
    if (c.type() == XlsxPackage.CellType.EMPTY || c.type() == XlsxPackage.CellType.ERROR) {
      problems.add(Problem.of(ProblemCode.WORKBOOK_FORMULA_NO_VALUE, cellAt(s, c, pointer),
          c.formula(), header(key), c.formula()));
      return false;
    }
    problems.add(Problem.of(ProblemCode.WORKBOOK_FORMULA, cellAt(s, c, pointer), c.formula(),
        header(key), c.formula(), WorkbookCells.text(c)));
    return true;
  }

  private void place(String pointer, Cell c, Sheet s) {
    places.put(pointer, cellAt(s, c, pointer));
  }

  private static Location cellAt(Sheet s, Cell c, String pointer) {
    return Location.cell(s.name(), c.ref()).withPointer(pointer);
  }

  private Problem relocate(Problem p) {
    Optional<String> pointer = p.getLocation().getPointer();
    if (pointer.isEmpty()) {
      return p;
    }
    for (String at = pointer.get(); !at.isEmpty(); at = at.substring(0, at.lastIndexOf('/'))) {
      Location place = places.get(at);
      if (place != null) {
        return p.withLocation(place.withPointer(pointer.get()));
      }
    }
    return p;
  }

  private static int anyRow(Map<String, Cell> row) {
    return row.values().iterator().next().row();
  }

  private static Role roleOfKey(String key) {
    return key.startsWith("need.") ? Role.NEEDS : key.startsWith("resource.") ? Role.RESOURCES
        : Role.UNIT;
  }

  private String header(String key) {
    return MenuWorkbookLayout.text("col." + key).in(locale);
  }

  private String separator() {
    return "zh".equals(locale.getLanguage()) ? "、" : ", ";
  }
}
