package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.menu.TimeWindow;
import io.github.ggw.standards.sheets.internal.MenuWorkbookLayout.Column;
import io.github.ggw.standards.sheets.internal.MenuWorkbookLayout.Kind;
import io.github.ggw.standards.sheets.internal.MenuWorkbookLayout.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
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
 * Writes a menu workbook as {@link MenuWorkbookLayout} lays it out: blank, or holding a needs
 * menu and a resource menu. Holds no formulas. Not API; one instance writes one workbook.
 */
public final class MenuWorkbookWriter {
  private static final int LAST_ROW = 2_001;

  private final Locale locale;
  private final NeedsMenu needs;
  private final ResourceMenu resources;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final Map<String, CellStyle> styles = new LinkedHashMap<>();
  private final Map<String, List<String>> lists = new LinkedHashMap<>();

  /**
   * A writer.
   *
   * @param locale the workbook's language, not null
   * @param needs the needs menu to fill in, or null for a blank sheet
   * @param resources the resource menu to fill in, or null for a blank sheet
   */
  public MenuWorkbookWriter(Locale locale, NeedsMenu needs, ResourceMenu resources) {
    this.locale = locale;
    this.needs = needs;
    this.resources = resources;
  }

  /**
   * Writes the workbook.
   *
   * @return the XLSX bytes
   * @throws StandardsException if POI cannot write it (not expected in memory)
   */
  public byte[] write() {
    for (Role r : Role.values()) {
      for (Column c : MenuWorkbookLayout.columns(r)) {
        if (c.choices() != null && !lists.containsKey(listKey(c))) {
          lists.put(listKey(c), labels(c.choices()));
        }
      }
    }
    instructions(wb.createSheet(name("sheet.instructions")));
    unit(sheet(Role.UNIT));
    XSSFSheet n = sheet(Role.NEEDS);
    if (needs != null) {
      int r = 2;
      for (Need x : needs.needs()) {
        XSSFRow row = n.createRow(r++);
        List<Object> v = List.of(x.id().value(), label(x.category()), label(x.beneficiary()),
            x.count(), label(x.unit()), x.window().from(), x.window().to());
        fill(row, MenuWorkbookLayout.columns(Role.NEEDS), v);
      }
    }
    XSSFSheet s = sheet(Role.RESOURCES);
    if (resources != null) {
      int r = 2;
      for (Resource x : resources.resources()) {
        XSSFRow row = s.createRow(r++);
        List<TimeWindow> ws = x.availability();
        String more = ws.subList(1, ws.size()).stream().map(w -> w.from() + "~" + w.to())
            .collect(Collectors.joining("；"));
        List<Object> v = List.of(x.id().value(), x.elder().value(), label(x.elderCategory()),
            label(x.tier()), x.categories().stream().map(this::label)
                .collect(Collectors.joining("、")), x.capacity(), label(x.unit()),
            ws.get(0).from(), ws.get(0).to(), more);
        fill(row, MenuWorkbookLayout.columns(Role.RESOURCES), v);
      }
    }
    XSSFSheet meta = wb.createSheet(WorkbookLayout.META_SHEET);
    String[][] m = {{"kind", MenuWorkbookLayout.KIND},
        {"formatVersion", String.valueOf(MenuWorkbookLayout.FORMAT_VERSION)},
        {"language", WorkbookLayout.languageTag(locale)}};
    for (int i = 0; i < m.length; i++) {
      XSSFRow row = meta.createRow(i);
      row.createCell(0).setCellValue(m[i][0]);
      row.createCell(1).setCellValue(m[i][1]);
    }
    XSSFSheet ls = wb.createSheet(WorkbookLayout.LISTS_SHEET);
    int col = 0;
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      cell(ls, 0, col).setCellValue(e.getKey());
      for (int i = 0; i < e.getValue().size(); i++) {
        cell(ls, i + 1, col).setCellValue(e.getValue().get(i));
      }
      col++;
    }
    wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    wb.setSheetVisibility(wb.getSheetIndex(ls), SheetVisibility.VERY_HIDDEN);
    try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new StandardsException("could not write the menu workbook", "xlsx", e);
    }
  }

  private void instructions(XSSFSheet s) {
    cell(s, 0, 0).setCellValue(name("instructions.title"));
    cell(s, 0, 0).setCellStyle(style("header"));
    for (int i = 1; i <= 4; i++) {
      XSSFCell c = cell(s, i + 1, 0);
      c.setCellValue(name("instructions." + i));
      c.setCellStyle(style("wrap"));
    }
    s.setColumnWidth(0, 100 * 256);
  }

  private void unit(XSSFSheet s) {
    if (needs != null || resources != null) {
      XSSFRow row = s.createRow(2);
      fill(row, MenuWorkbookLayout.columns(Role.UNIT), List.of(
          (needs != null ? needs.unit() : resources.unit()).value(),
          needs != null ? needs.year() : resources.year()));
    } else {
      // an empty data row with the cells' formats, so that a typed code stays text
      fill(s.createRow(2), MenuWorkbookLayout.columns(Role.UNIT), java.util.Arrays.asList(
          null, null));
    }
  }

  /** A data sheet with its header, key row, hints, formats and validations. */
  private XSSFSheet sheet(Role role) {
    XSSFSheet s = wb.createSheet(role.sheetName().in(locale));
    List<Column> cols = MenuWorkbookLayout.columns(role);
    XSSFRow header = s.createRow(0);
    XSSFRow keys = s.createRow(1);
    XSSFDrawing drawing = s.createDrawingPatriarch();
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      XSSFCell hc = header.createCell(i);
      hc.setCellValue(c.header().in(locale));
      hc.setCellStyle(style("header"));
      XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, i + 1, 0, i + 5, 5);
      anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
      XSSFComment comment = drawing.createCellComment(anchor);
      comment.setString(new XSSFRichTextString(hint(c)));
      comment.setAuthor("standards");
      hc.setCellComment(comment);
      XSSFCell k = keys.createCell(i);
      k.setCellValue(c.key());
      k.setCellStyle(style("header"));
      s.setColumnWidth(i, (c.kind() == Kind.CHOICES || c.kind() == Kind.WINDOWS ? 30 : 16) * 256);
      s.setDefaultColumnStyle(i, style(styleOf(c)));
      int last = role == Role.UNIT ? 2 : LAST_ROW;
      if (c.choices() != null && c.kind() == Kind.CHOICE) {
        int index = new ArrayList<>(lists.keySet()).indexOf(listKey(c));
        String letter = CellReference.convertNumToColString(index);
        validate(s, h.createFormulaListConstraint("'" + WorkbookLayout.LISTS_SHEET + "'!$"
            + letter + "$2:$" + letter + "$" + (lists.get(listKey(c)).size() + 1)), last, i,
            "validation.choice");
      } else if (c.kind() == Kind.AMOUNT) {
        validate(s, h.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1",
            "10000"), last, i, "validation.amount");
      }
    }
    keys.setZeroHeight(true);
    s.createFreezePane(0, 2);
    s.enableLocking();
    s.lockInsertRows(false);
    s.lockDeleteRows(false);
    s.lockFormatCells(false);
    s.lockFormatColumns(false);
    s.lockSort(false);
    s.lockAutoFilter(false);
    return s;
  }

  private void validate(XSSFSheet s, DataValidationConstraint constraint, int last, int col,
      String message) {
    DataValidation v = new XSSFDataValidationHelper(s).createValidation(constraint,
        new CellRangeAddressList(2, Math.min(last, SpreadsheetVersion.EXCEL2007.getLastRowIndex()),
            col, col));
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.setShowErrorBox(true);
    v.createErrorBox(name("validation.title"), name(message));
    v.setEmptyCellAllowed(true);
    s.addValidationData(v);
  }

  private void fill(XSSFRow row, List<Column> cols, List<Object> values) {
    for (int i = 0; i < cols.size(); i++) {
      Object v = values.get(i);
      XSSFCell c = row.createCell(i);
      c.setCellStyle(style(styleOf(cols.get(i))));
      if (v instanceof LocalDate d) {
        c.setCellValue(d);
      } else if (v instanceof Integer n) {
        c.setCellValue(n);
      } else if (v != null && !v.toString().isEmpty()) {
        c.setCellValue(v.toString());
      }
    }
  }

  private String hint(Column c) {
    return name(switch (c.kind()) {
      case TEXT -> c.key().equals("menus.unitId") ? "hint.unitId"
          : c.key().equals("resource.elder") ? "hint.elder" : "hint.id";
      case CHOICE -> "hint.choice";
      case CHOICES -> "hint.categories";
      case AMOUNT -> "hint.amount";
      case YEAR -> "hint.year";
      case DATE -> "hint.date";
      case WINDOWS -> "hint.more";
    });
  }

  private static String styleOf(Column c) {
    return switch (c.kind()) {
      case DATE -> "date";
      case AMOUNT, YEAR -> "whole";
      default -> "text";
    };
  }

  private CellStyle style(String name) {
    return styles.computeIfAbsent(name, n -> {
      CellStyle st = wb.createCellStyle();
      var format = wb.createDataFormat();
      st.setLocked(n.equals("header"));
      switch (n) {
        case "header" -> {
          Font f = wb.createFont();
          f.setBold(true);
          st.setFont(f);
          st.setWrapText(true);
          st.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
          st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        case "wrap" -> st.setWrapText(true);
        case "date" -> st.setDataFormat(format.getFormat(WorkbookLayout.DATE_FORMAT));
        case "whole" -> st.setDataFormat(format.getFormat(WorkbookLayout.WHOLE_FORMAT));
        default -> st.setDataFormat(format.getFormat(WorkbookLayout.TEXT_FORMAT));
      }
      return st;
    });
  }

  private static XSSFCell cell(XSSFSheet s, int r, int c) {
    XSSFRow row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }

  private static String listKey(Column c) {
    return c.choices().getSimpleName();
  }

  private List<String> labels(Class<? extends Enum<?>> type) {
    List<String> out = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      out.add(label(e));
    }
    return out;
  }

  private String label(Enum<?> e) {
    return Labels.of(e).in(locale);
  }

  private String name(String key) {
    return MenuWorkbookLayout.text(key).in(locale);
  }
}
