package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.sheets.internal.WorkbookLayout;
import io.github.ggw.standards.sheets.internal.WorkbookLayout.Column;
import io.github.ggw.standards.sheets.internal.WorkbookLayout.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A self-assessment workbook written in the test with POI's user model, laid out as {@link
 * WorkbookLayout} says (headers in row 1, keys in row 2, data from row 3, {@code _meta} very
 * hidden), filled from an assessment: labels for enumerations and flags, date cells for dates,
 * number cells for numbers. Tests then break it cell by cell and write it to disk.
 */
final class WorkbookFixture {
  final XSSFWorkbook wb = new XSSFWorkbook();
  final Locale lang;
  private final CellStyle dateStyle;
  /** The sheet of each role key ({@code unit}, {@code claims}, {@code evidence.elder}…). */
  final Map<String, Sheet> sheets = new LinkedHashMap<>();

  private WorkbookFixture(Locale lang) {
    this.lang = lang;
    dateStyle = wb.createCellStyle();
    dateStyle.setDataFormat(wb.createDataFormat().getFormat(WorkbookLayout.DATE_FORMAT));
  }

  /** A workbook holding an assessment, in a language. */
  static WorkbookFixture of(SelfAssessment a, Locale lang) {
    WorkbookFixture f = new WorkbookFixture(lang);
    JsonNode doc = JsonMapper.builder().build()
        .readTree(StandardsJson.create().writeAssessment(a));
    f.wb.createSheet(WorkbookLayout.sheetName(Role.INSTRUCTIONS).in(lang)).createRow(0)
        .createCell(0).setCellValue("…");
    Sheet unit = f.dataSheet("unit", WorkbookLayout.sheetName(Role.UNIT).in(lang),
        WorkbookLayout.unitColumns());
    Row u = unit.createRow(2);
    JsonNode un = doc.get("unit");
    u.createCell(0).setCellValue(un.get("id").asString());
    u.createCell(1).setCellValue(un.get("name").asString());
    u.createCell(2).setCellValue(WorkbookLayout.unitTypeLabel(
        UnitType.valueOf(un.get("type").asString()), lang));
    u.createCell(3).setCellValue(WorkbookLayout.districtLabel(
        DistrictCode.of(un.get("district").asString()), lang));
    u.createCell(4).setCellValue(doc.get("year").asInt());
    u.createCell(5).setCellValue(doc.get("standardId").asString());
    u.createCell(6).setCellValue(doc.get("standardVersion").asString());
    for (EvidenceKind kind : EvidenceKinds.all()) {
      List<JsonNode> records = new java.util.ArrayList<>();
      doc.get("evidence").forEach(e -> {
        if (e.get("type").asString().equals(kind.name())) {
          records.add(e);
        }
      });
      if (records.isEmpty()) {
        continue;
      }
      Sheet s = f.dataSheet("evidence." + kind.name(), kind.label().in(lang),
          WorkbookLayout.evidenceColumns(kind));
      int r = 2;
      for (JsonNode e : records) {
        Row row = s.createRow(r++);
        List<EvidenceField> fields = kind.fields();
        for (int i = 0; i < fields.size(); i++) {
          f.put(row.createCell(i), fields.get(i), e.get(fields.get(i).name()));
        }
      }
    }
    Sheet claims = f.dataSheet("claims", WorkbookLayout.sheetName(Role.CLAIMS).in(lang),
        WorkbookLayout.claimColumns());
    int r = 2;
    for (JsonNode c : doc.get("claims")) {
      Row row = claims.createRow(r++);
      row.createCell(0).setCellValue(c.get("code").asString());
      row.createCell(1).setCellValue("…");
      row.createCell(5).setCellValue(c.get("points").decimalValue().doubleValue());
      row.createCell(6).setCellValue(c.get("narrative").asString());
    }
    Sheet meta = f.wb.createSheet(WorkbookLayout.META_SHEET);
    int m = 0;
    for (String[] kv : new String[][] {{WorkbookLayout.META_KIND, WorkbookLayout.KIND},
        {WorkbookLayout.META_FORMAT_VERSION, "1"},
        {WorkbookLayout.META_STANDARD_ID, doc.get("standardId").asString()},
        {WorkbookLayout.META_STANDARD_VERSION, doc.get("standardVersion").asString()},
        {WorkbookLayout.META_UNIT_TYPE, un.get("type").asString()},
        {WorkbookLayout.META_LANGUAGE, WorkbookLayout.languageTag(lang)}}) {
      Row row = meta.createRow(m++);
      row.createCell(0).setCellValue(kv[0]);
      row.createCell(1).setCellValue(kv[1]);
    }
    for (Map.Entry<String, Sheet> e : f.sheets.entrySet()) {
      Row row = meta.createRow(m++);
      row.createCell(0).setCellValue(WorkbookLayout.META_SHEET_PREFIX + e.getKey());
      row.createCell(1).setCellValue(e.getValue().getSheetName());
    }
    f.wb.setSheetVisibility(f.wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    return f;
  }

  private Sheet dataSheet(String role, String name, List<Column> columns) {
    Sheet s = wb.createSheet(name);
    Row headers = s.createRow(0);
    Row keys = s.createRow(1);
    for (int i = 0; i < columns.size(); i++) {
      headers.createCell(i).setCellValue(columns.get(i).header().in(lang));
      keys.createCell(i).setCellValue(columns.get(i).key());
    }
    keys.setZeroHeight(true);
    sheets.put(role, s);
    return s;
  }

  private void put(Cell cell, EvidenceField f, JsonNode v) {
    switch (f.type()) {
      case ENUM -> cell.setCellValue(WorkbookLayout.label(f.choice(v.asString()).orElseThrow(),
          lang));
      case FLAG -> cell.setCellValue(WorkbookLayout.flagLabel(v.asBoolean(), lang));
      case DATE -> {
        cell.setCellValue(LocalDate.parse(v.asString()));
        cell.setCellStyle(dateStyle);
      }
      case WHOLE_NUMBER, DECIMAL, YUAN -> cell.setCellValue(v.decimalValue().doubleValue());
      default -> cell.setCellValue(v.asString());
    }
  }

  /** The sheet of a role key, such as {@code unit} or {@code evidence.training}. */
  Sheet sheet(String role) {
    return sheets.get(role);
  }

  /** A cell of a role's sheet by A1 reference, created if absent. */
  Cell cell(String role, String a1) {
    org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
    Sheet s = sheet(role);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    Cell c = row.getCell(ref.getCol());
    return c == null ? row.createCell(ref.getCol()) : c;
  }

  /** The workbook as XLSX bytes. */
  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
