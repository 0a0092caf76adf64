package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.json.menu.MenusJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.menu.Beneficiary;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.menu.ServiceUnit;
import io.github.ggw.standards.model.menu.TimeWindow;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The menu workbook: written and read back equal (the bundled menus in both languages, and a
 * property over generated menus), a blank template filled in cell by cell as a secretary would,
 * and a table of broken workbooks, each with its problem code and cell.
 */
public class MenuWorkbooksTest {
  @TempDir static Path dir;

  static MenuWorkbooks.Menus bundled() {
    MenusJson json = MenusJson.create();
    return new MenuWorkbooks.Menus(
        json.readNeeds(ReferenceData.resource(ReferenceData.EXAMPLE_NEEDS_MENU)).orElseThrow(),
        json.readResources(ReferenceData.resource(ReferenceData.EXAMPLE_RESOURCE_MENU))
            .orElseThrow());
  }

  @Test
  void theBundledMenusGoThroughAWorkbookUnchangedInBothLanguages() {
    MenuWorkbooks.Menus m = bundled();
    for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      Result<MenuWorkbooks.Menus> r = MenuWorkbooks.read(MenuWorkbooks.write(m, l));
      assertThat(r.problems()).as(l.toString()).isEmpty();
      assertThat(r.orElseThrow()).isEqualTo(m);
    }
  }

  private static final LocalDate START = LocalDate.of(2022, 1, 1);

  private static Gen<TimeWindow> windows() {
    return SourceDSL.integers().between(0, 300).zip(SourceDSL.integers().between(0, 60),
        (from, length) -> TimeWindow.of(START.plusDays(from), START.plusDays(from + length)));
  }

  private static <E extends Enum<E>> Gen<E> one(Class<E> type) {
    E[] all = type.getEnumConstants();
    return SourceDSL.integers().between(0, all.length - 1).map(i -> all[i]);
  }

  private static Gen<MenuWorkbooks.Menus> menus() {
    Gen<List<Need>> needs = SourceDSL.lists().of(one(ServiceCategory.class).zip(
        one(Beneficiary.class), SourceDSL.integers().between(1, 10_000), one(ServiceUnit.class),
        windows(), (c, b, n, u, w) -> new Need(NeedId.of("X"), c, b, n, u, w)))
        .ofSizeBetween(0, 6);
    Gen<List<Resource>> resources = SourceDSL.lists().of(SourceDSL.integers().between(1, 255)
        .zip(one(Tier.class), SourceDSL.integers().between(1, 10_000), one(ServiceUnit.class),
            SourceDSL.lists().of(windows()).ofSizeBetween(1, 3), (mask, t, cap, u, ws) -> {
              EnumSet<ServiceCategory> offered = EnumSet.noneOf(ServiceCategory.class);
              for (ServiceCategory c : ServiceCategory.values()) {
                if ((mask & (1 << c.ordinal())) != 0) {
                  offered.add(c);
                }
              }
              return new Resource(ResourceId.of("X"), ElderRef.of("E1"), ElderCategory.EXPERT,
                  t, offered, cap, u, ws);
            })).ofSizeBetween(0, 6);
    return needs.zip(resources, (ns, rs) -> {
      List<Need> n2 = new ArrayList<>();
      for (int i = 0; i < ns.size(); i++) {
        Need n = ns.get(i);
        n2.add(new Need(NeedId.of("N" + i), n.category(), n.beneficiary(), n.count(), n.unit(),
            n.window()));
      }
      List<Resource> r2 = new ArrayList<>();
      for (int i = 0; i < rs.size(); i++) {
        Resource r = rs.get(i);
        r2.add(new Resource(ResourceId.of("R" + i), ElderRef.of("E" + i), r.elderCategory(),
            r.tier(), r.categories(), r.capacity(), r.unit(), r.availability()));
      }
      UnitId unit = UnitId.of("JT-PS-001");
      return new MenuWorkbooks.Menus(new NeedsMenu(unit, 2023, n2),
          new ResourceMenu(unit, 2023, r2));
    });
  }

  @Test
  void writingAndReadingAWorkbookIsTheIdentity() {
    qt().withExamples(25).forAll(menus()).checkAssert(m ->
        assertThat(MenuWorkbooks.read(MenuWorkbooks.write(m, Locale.SIMPLIFIED_CHINESE))
            .orElseThrow()).isEqualTo(m));
  }

  /**
   * A blank template filled in as a secretary would: labels typed as in the lists, dates typed as
   * text in the Chinese form, the year as a number; one need and one resource with two windows.
   */
  @Test
  void aBlankTemplateFilledInCellByCellReadsToTheMenus() throws IOException {
    byte[] filled = edit(MenuWorkbooks.template(Locale.SIMPLIFIED_CHINESE), wb -> {
      row(wb, "单位与年度", 2).createCell(0).setCellValue("WJ-PS-001");
      row(wb, "单位与年度", 2).createCell(1).setCellValue(2022);
      XSSFRow n = row(wb, "需求菜单", 2);
      String[] need = {"N01", "学业辅导", "青少年学生", null, "次", "2022年2月14日", "2022年6月30日"};
      for (int i = 0; i < need.length; i++) {
        if (need[i] != null) {
          n.createCell(i).setCellValue(need[i]);
        }
      }
      n.createCell(3).setCellValue(12);
      XSSFRow r = row(wb, "资源菜单", 2);
      String[] res = {"R01", "E01", "老教师", "核心层", "学业辅导、心理疏导与谈心", null, "次",
          "2022-02-14", "2022-06-30", "2022-09-01~2022-12-31"};
      for (int i = 0; i < res.length; i++) {
        if (res[i] != null) {
          r.createCell(i).setCellValue(res[i]);
        }
      }
      r.createCell(5).setCellValue(10);
    });
    Result<MenuWorkbooks.Menus> read = MenuWorkbooks.read(filled);
    assertThat(read.problems()).isEmpty();
    MenuWorkbooks.Menus m = read.orElseThrow();
    assertThat(m.needs().needs()).containsExactly(new Need(NeedId.of("N01"),
        ServiceCategory.TUTORING, Beneficiary.PUPILS, 12, ServiceUnit.SESSIONS,
        TimeWindow.of(LocalDate.of(2022, 2, 14), LocalDate.of(2022, 6, 30))));
    Resource r = m.resources().resources().get(0);
    assertThat(r.categories()).containsExactly(ServiceCategory.TUTORING,
        ServiceCategory.COUNSELLING);
    assertThat(r.tier()).isEqualTo(Tier.CORE);
    assertThat(r.availability()).containsExactly(
        TimeWindow.of(LocalDate.of(2022, 2, 14), LocalDate.of(2022, 6, 30)),
        TimeWindow.of(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31)));
  }

  /**
   * The broken menu workbooks, shared with the command line's language-leak test.
   *
   * @return name, bytes, expected code and place of each
   * @throws IOException never, the workbooks are written in memory
   */
  public static Stream<Arguments> brokenWorkbooks() throws IOException {
    byte[] good = MenuWorkbooks.write(bundled(), Locale.SIMPLIFIED_CHINESE);
    return Stream.of(
        Arguments.of("unknown label", edit(good, wb -> set(wb, "需求菜单", 2, 1, "学业补习")),
            "MENU_CHOICE_UNKNOWN", "需求菜单!B3"),
        Arguments.of("count of 0", edit(good, wb -> row(wb, "需求菜单", 3).getCell(3)
            .setCellValue(0)), "MENU_AMOUNT_OUT_OF_RANGE", "需求菜单!D4"),
        Arguments.of("fraction", edit(good, wb -> row(wb, "资源菜单", 2).getCell(5)
            .setCellValue(2.5)), "WORKBOOK_CELL_INVALID", "资源菜单!F3"),
        Arguments.of("required cell empty", edit(good, wb -> row(wb, "需求菜单", 4)
            .removeCell(row(wb, "需求菜单", 4).getCell(2))), "WORKBOOK_CELL_REQUIRED",
            "需求菜单!C5"),
        Arguments.of("ambiguous date", edit(good, wb -> set(wb, "需求菜单", 2, 5, "3/1/2022")),
            "WORKBOOK_DATE_AMBIGUOUS", "需求菜单!F3"),
        Arguments.of("reversed window", edit(good, wb -> row(wb, "需求菜单", 2).getCell(6)
            .setCellValue(LocalDate.of(2022, 1, 1))), "MENU_WINDOW_REVERSED", "需求菜单!G3"),
        Arguments.of("duplicate id", edit(good, wb -> set(wb, "资源菜单", 3, 0, "R01")),
            "MENU_DUPLICATE_ID", "资源菜单!A4"),
        Arguments.of("unknown category in the list", edit(good,
            wb -> set(wb, "资源菜单", 2, 4, "学业辅导、烹饪")), "MENU_CHOICE_UNKNOWN", "资源菜单!E3"),
        Arguments.of("bad window text", edit(good, wb -> set(wb, "资源菜单", 2, 9, "九月到年底")),
            "WORKBOOK_CELL_INVALID", "资源菜单!J3"),
        Arguments.of("identity number", edit(good,
            wb -> set(wb, "资源菜单", 2, 1, "11010519491231002X")),
            "PERSONAL_DATA_IDENTITY_NUMBER", "资源菜单!B3"),
        Arguments.of("merged cells", edit(good, wb -> wb.getSheet("需求菜单")
            .addMergedRegion(new CellRangeAddress(2, 2, 0, 1))), "WORKBOOK_MERGED_CELLS",
            "需求菜单!A3"),
        Arguments.of("formula without a value", edit(good, wb -> {
          XSSFRow row = row(wb, "需求菜单", 2);
          row.removeCell(row.getCell(3));
          row.createCell(3).setCellFormula("B9*2");
        }), "WORKBOOK_FORMULA_NO_VALUE", "需求菜单!D3"),
        Arguments.of("unknown sheet", edit(good, wb -> wb.createSheet("备注")),
            "WORKBOOK_SHEET_UNKNOWN", "备注"),
        Arguments.of("missing sheet", edit(good, wb -> wb.removeSheetAt(
            wb.getSheetIndex("资源菜单"))), "WORKBOOK_SHEET_MISSING", ""),
        Arguments.of("missing column", edit(good, wb -> {
          XSSFSheet s = wb.getSheet("需求菜单");
          s.getRow(0).getCell(4).setCellValue("单位");
          s.getRow(1).getCell(4).setCellValue("need.measure");
        }), "WORKBOOK_COLUMN_MISSING", "需求菜单"),
        Arguments.of("value right of the form", edit(good, wb -> set(wb, "需求菜单", 2, 20,
            "周末优先")), "WORKBOOK_CELL_UNHEADED", "需求菜单!U3"),
        Arguments.of("column the form lacks", edit(good, wb -> {
          set(wb, "资源菜单", 0, 20, "备注");
          set(wb, "资源菜单", 2, 20, "需提前一周预约");
        }), "WORKBOOK_COLUMN_UNKNOWN", "资源菜单!U1"),
        Arguments.of("bad unit code", edit(good, wb -> set(wb, "单位与年度", 2, 0, "武进一小")),
            "MENU_ID_INVALID", "单位与年度!A3"),
        Arguments.of("an .xls file", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0}, "WORKBOOK_NOT_XLSX", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenWorkbooks")
  void brokenWorkbooksAreRefusedAtTheirCell(String name, byte[] bytes, String code, String place)
      throws IOException {
    Path file = dir.resolve(name.replace(' ', '-') + ".xlsx");
    Files.write(file, bytes);
    Result<MenuWorkbooks.Menus> r = MenuWorkbooks.read(Files.readAllBytes(file));
    assertThat(r.isValid()).as(name).isFalse();
    List<String> found = r.problems().stream().map(p -> p.getCode() + " " + where(p)).toList();
    assertThat(found).as(name).contains(code + " " + place);
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.getMessage(Locale.ENGLISH))
        .doesNotContain("11010519491231002X"));
  }

  /** A formula with a cached value is read by that value, with a warning at its cell. */
  @Test
  void aBlankTemplateIsRefusedAtItsCellsOnlyWithoutPlacesOfTheDocumentsItBecomes() {
    for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      Result<MenuWorkbooks.Menus> r = MenuWorkbooks.read(MenuWorkbooks.template(l));
      assertThat(r.isValid()).isFalse();
      // every problem names a sheet: none is a bare pointer into the JSON the cells become
      // (a workbook has no line 1, column 1), and the unit's row is reported once
      assertThat(r.problems()).isNotEmpty().allSatisfy(p ->
          assertThat(p.getLocation().getSheet()).as(p.toString()).isPresent());
      assertThat(r.problems()).extracting(Problem::getCode)
          .doesNotContain(ProblemCode.JSON_MISSING_PROPERTY);
      // nothing of the blank template is filled in: no message may say its row is
      assertThat(r.problems()).filteredOn(p -> p.getCode() == ProblemCode.WORKBOOK_CELL_REQUIRED)
          .isNotEmpty().allSatisfy(p -> {
            assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE)).doesNotContain("已填写");
            assertThat(p.getMessage(Locale.ENGLISH)).doesNotContain("is filled in");
          });
    }
  }

  @Test
  void aFormulaIsReadByItsCachedValueWithAWarning() throws IOException {
    byte[] b = edit(MenuWorkbooks.write(bundled(), Locale.SIMPLIFIED_CHINESE),
        wb -> row(wb, "需求菜单", 2).getCell(3).setCellFormula("6*2"));
    Result<MenuWorkbooks.Menus> r = MenuWorkbooks.read(b);
    assertThat(r.isValid()).isTrue();
    // POI keeps the cell's value, 12, as the formula's cached value
    assertThat(r.orElseThrow().needs().needs().get(0).count()).isEqualTo(12);
    assertThat(r.warnings()).extracting(p -> p.getCode() + " " + where(p))
        .containsExactly("WORKBOOK_FORMULA 需求菜单!D3");
  }

  @Test
  void theTemplateHidesItsKeyRowAndMetaSheets() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        MenuWorkbooks.template(Locale.SIMPLIFIED_CHINESE)))) {
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2),
          wb.getSheetName(3))).containsExactly("填写说明", "单位与年度", "需求菜单", "资源菜单");
      assertThat(wb.getSheetVisibility(wb.getSheetIndex("_meta")))
          .isEqualTo(SheetVisibility.VERY_HIDDEN);
      assertThat(wb.getSheet("需求菜单").getRow(1).getZeroHeight()).isTrue();
      assertThat(wb.getSheet("需求菜单").getDataValidations()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(wb.getSheet("需求菜单").getProtect()).isTrue();
    }
  }

  private static String where(Problem p) {
    var l = p.getLocation();
    return l.getSheet().map(s -> l.getCell().map(c -> s + "!" + c).orElse(s)).orElse("");
  }

  private static XSSFRow row(XSSFWorkbook wb, String sheet, int r) {
    XSSFSheet s = wb.getSheet(sheet);
    return s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
  }

  private static void set(XSSFWorkbook wb, String sheet, int r, int c, String text) {
    XSSFRow row = row(wb, sheet, r);
    (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellValue(text);
  }

  static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(wb);
      wb.write(out);
      return out.toByteArray();
    }
  }
}
