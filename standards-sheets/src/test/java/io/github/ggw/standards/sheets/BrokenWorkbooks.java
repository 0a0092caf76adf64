package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * The table of broken and hostile self-assessment workbooks: each is made by the test (with POI,
 * from bundled sample 01 in zh-CN unless it is no workbook at all), written to disk as a file, and
 * has the problem code it must get and where: {@code 学习培训!C3} for a cell, {@code 学习培训} for a
 * sheet, {@code -} for the file as a whole. Used by the reader's test and by the command line's.
 */
public final class BrokenWorkbooks {
  /** The sample the workbooks are made from. */
  public static final String SAMPLE = "01-excellent-primary.json";

  /**
   * One broken workbook.
   *
   * @param name the file's name, with the extension a user would have
   * @param code the problem it must get
   * @param where the cell ({@code 学习培训!C3}), sheet ({@code 学习培训}) or {@code -}
   * @param bytes makes the file's bytes
   */
  public record Case(String name, ProblemCode code, String where, Supplier<byte[]> bytes) {
    /** Whether the expected problem is an error (so reading refuses the file). */
    public boolean refused() {
      return code.defaultSeverity() == io.github.ggw.standards.model.problem.Severity.ERROR;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private BrokenWorkbooks() {}

  /** The assessment the workbooks are made from. */
  public static SelfAssessment sample() {
    return StandardsJson.create().readAssessment(ReferenceData.sample(SAMPLE)).orElseThrow();
  }

  /** A fixture of the sample in zh-CN, changed by a test and then written. */
  private static Supplier<byte[]> edit(Consumer<WorkbookFixture> change) {
    return () -> {
      WorkbookFixture f = WorkbookFixture.of(sample(), Locale.SIMPLIFIED_CHINESE);
      change.accept(f);
      return f.bytes();
    };
  }

  /** Every case, at least thirty. */
  public static List<Case> all() {
    List<Case> out = new ArrayList<>();
    // ---- the file as a whole
    out.add(new Case("zip-bomb.xlsx", ProblemCode.INPUT_LIMIT_EXCEEDED, "-",
        () -> zip("[Content_Types].xml", contentTypes(), "xl/worksheets/sheet1.xml",
            spaces(100 << 20))));
    out.add(new Case("oversized-entry.xlsx", ProblemCode.INPUT_LIMIT_EXCEEDED, "-",
        () -> zip("[Content_Types].xml", contentTypes(), "xl/sharedStrings.xml",
            lowEntropy(17 << 20))));
    out.add(new Case("too-large-file.xlsx", ProblemCode.INPUT_LIMIT_EXCEEDED, "-", () -> {
      byte[] b = new byte[(10 << 20) + 1];
      new Random(7).nextBytes(b);
      b[0] = 'P';
      b[1] = 'K';
      b[2] = 3;
      b[3] = 4;
      return b;
    }));
    out.add(new Case("too-many-sheets.xlsx", ProblemCode.INPUT_LIMIT_EXCEEDED, "-",
        edit(f -> {
          for (int i = 0; i < 60; i++) {
            f.wb.createSheet("extra " + i);
          }
        })));
    out.add(new Case("too-many-rows.xlsx", ProblemCode.INPUT_LIMIT_EXCEEDED, "学习培训",
        edit(f -> addTrainings(f, 10_000))));
    out.add(new Case("xxe.xlsx", ProblemCode.WORKBOOK_UNSAFE_XML, "-",
        () -> rewrite(WorkbookFixture.of(sample(), Locale.SIMPLIFIED_CHINESE).bytes(),
            "xl/worksheets/sheet2.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"))));
    out.add(new Case("encrypted.xlsx", ProblemCode.WORKBOOK_ENCRYPTED, "-",
        () -> encrypt(WorkbookFixture.of(sample(), Locale.SIMPLIFIED_CHINESE).bytes())));
    out.add(new Case("old-excel.xls", ProblemCode.WORKBOOK_NOT_XLSX, "-", BrokenWorkbooks::xls));
    out.add(new Case("wps.et", ProblemCode.WORKBOOK_NOT_XLSX, "-", BrokenWorkbooks::xls));
    out.add(new Case("macros.xlsm", ProblemCode.WORKBOOK_NOT_XLSX, "-", () -> {
      try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
        wb.createSheet("单位信息");
        return write(wb);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
    out.add(new Case("libreoffice.ods", ProblemCode.WORKBOOK_NOT_XLSX, "-",
        () -> zip("mimetype",
            "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII),
            "content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8))));
    out.add(new Case("word-document.xlsx", ProblemCode.WORKBOOK_NOT_XLSX, "-",
        () -> zip("[Content_Types].xml", ("<Types><Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml"
            + ".document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8),
            "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8))));
    out.add(new Case("truncated.xlsx", ProblemCode.WORKBOOK_MALFORMED, "-", () -> {
      byte[] b = WorkbookFixture.of(sample(), Locale.SIMPLIFIED_CHINESE).bytes();
      return java.util.Arrays.copyOf(b, b.length / 2);
    }));
    out.add(new Case("other-kind-meta.xlsx", ProblemCode.WORKBOOK_META_INVALID, "_meta",
        edit(f -> f.wb.getSheet("_meta").getRow(0).getCell(1).setCellValue("standard"))));
    // ---- sheets
    out.add(new Case("unknown-sheet.xlsx", ProblemCode.WORKBOOK_SHEET_UNKNOWN, "备注",
        edit(f -> f.wb.createSheet("备注").createRow(0).createCell(0).setCellValue("x"))));
    out.add(new Case("second-unit-sheet.xlsx", ProblemCode.WORKBOOK_SHEET_DUPLICATE,
        "单位信息 (2)", edit(f -> f.wb.cloneSheet(f.wb.getSheetIndex("单位信息")))));
    out.add(new Case("hidden-data-sheet.xlsx", ProblemCode.WORKBOOK_SHEET_HIDDEN, "学习培训",
        edit(f -> f.wb.setSheetVisibility(f.wb.getSheetIndex("学习培训"),
            SheetVisibility.HIDDEN))));
    out.add(new Case("no-claims-sheet.xlsx", ProblemCode.WORKBOOK_SHEET_MISSING, "-",
        edit(f -> f.wb.removeSheetAt(f.wb.getSheetIndex("自评")))));
    out.add(new Case("no-training-sheet.xlsx", ProblemCode.WORKBOOK_SHEET_MISSING, "-",
        edit(f -> f.wb.removeSheetAt(f.wb.getSheetIndex("学习培训")))));
    // ---- columns and rows
    out.add(new Case("value-right-of-the-form.xlsx", ProblemCode.WORKBOOK_CELL_UNHEADED,
        "学习培训!Z3", edit(f -> f.sheet("evidence.training").getRow(2).createCell(25)
            .setCellValue("另有 2 课时"))));
    out.add(new Case("unknown-column.xlsx", ProblemCode.WORKBOOK_COLUMN_UNKNOWN, "五老名册!F2",
        edit(f -> {
          f.cell("evidence.elder", "F1").setCellValue("备注");
          f.cell("evidence.elder", "F2").setCellValue("elder.note");
        })));
    out.add(new Case("merged-cells.xlsx", ProblemCode.WORKBOOK_MERGED_CELLS, "学习培训!A3",
        edit(f -> f.sheet("evidence.training").addMergedRegion(
            CellRangeAddress.valueOf("A3:B3")))));
    out.add(new Case("missing-required-cell.xlsx", ProblemCode.WORKBOOK_CELL_REQUIRED,
        "学习培训!C3", edit(f -> f.sheet("evidence.training").getRow(2)
            .removeCell(f.cell("evidence.training", "C3")))));
    // ---- cells
    out.add(new Case("wrong-label.xlsx", ProblemCode.WORKBOOK_LABEL_UNKNOWN, "五老名册!C3",
        edit(f -> f.cell("evidence.elder", "C3").setCellValue("核心"))));
    out.add(new Case("wrong-flag.xlsx", ProblemCode.WORKBOOK_LABEL_UNKNOWN, "组织机构!A3",
        edit(f -> f.cell("evidence.organisation", "A3").setCellValue("对"))));
    out.add(new Case("wrong-unit-type.xlsx", ProblemCode.WORKBOOK_LABEL_UNKNOWN, "单位信息!C3",
        edit(f -> f.cell("unit", "C3").setCellValue("大学"))));
    out.add(new Case("unit-type-changed.xlsx", ProblemCode.WORKBOOK_LOCKED_CELL_CHANGED,
        "单位信息!C3", edit(f -> f.cell("unit", "C3").setCellValue("KINDERGARTEN"))));
    out.add(new Case("wrong-district.xlsx", ProblemCode.WORKBOOK_LABEL_UNKNOWN, "单位信息!D3",
        edit(f -> f.cell("unit", "D3").setCellValue("朝阳区"))));
    out.add(new Case("date-day-first.xlsx", ProblemCode.WORKBOOK_DATE_AMBIGUOUS, "学习培训!B3",
        edit(f -> f.cell("evidence.training", "B3").setCellValue("15/3/2022"))));
    out.add(new Case("date-two-digit-year.xlsx", ProblemCode.WORKBOOK_DATE_AMBIGUOUS,
        "学习培训!B3", edit(f -> f.cell("evidence.training", "B3").setCellValue("22年3月15日"))));
    out.add(new Case("date-not-a-date.xlsx", ProblemCode.WORKBOOK_DATE_INVALID, "学习培训!B3",
        edit(f -> f.cell("evidence.training", "B3").setCellValue("下周一"))));
    out.add(new Case("date-thirtieth-of-february.xlsx", ProblemCode.WORKBOOK_DATE_INVALID,
        "学习培训!B3", edit(f -> f.cell("evidence.training", "B3").setCellValue("2022-02-30"))));
    out.add(new Case("date-serial-in-general-cell.xlsx", ProblemCode.WORKBOOK_DATE_SERIAL,
        "学习培训!B3", edit(f -> {
          org.apache.poi.ss.usermodel.Cell c = f.cell("evidence.training", "B3");
          c.setCellStyle(f.wb.createCellStyle());
          c.setCellValue(44635); // 2022-03-15
        })));
    out.add(new Case("identity-number-in-topic.xlsx", ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER,
        "学习培训!E3", edit(f -> f.cell("evidence.training", "E3")
            .setCellValue("家访记录 11010519491231002X"))));
    out.add(new Case("mobile-number-in-narrative.xlsx", ProblemCode.PERSONAL_DATA_MOBILE_NUMBER,
        "自评!G3", edit(f -> f.cell("claims", "G3").setCellValue("联系人电话 138 1234 5678"))));
    out.add(new Case("mobile-number-in-a-count.xlsx", ProblemCode.PERSONAL_DATA_MOBILE_NUMBER,
        "组织机构!B3", edit(f -> f.cell("evidence.organisation", "B3")
            .setCellValue(13812345678d))));
    out.add(new Case("fraction-in-whole-number.xlsx", ProblemCode.WORKBOOK_CELL_INVALID,
        "学习培训!D3", edit(f -> f.cell("evidence.training", "D3").setCellValue(12.5))));
    out.add(new Case("count-above-bound.xlsx", ProblemCode.WORKBOOK_CELL_INVALID, "学习培训!D3",
        edit(f -> f.cell("evidence.training", "D3").setCellValue(20_000))));
    out.add(new Case("chinese-decimal-point.xlsx", ProblemCode.JSON_NON_ASCII_NUMBER,
        "学习培训!C3", edit(f -> f.cell("evidence.training", "C3").setCellValue("1。5"))));
    out.add(new Case("text-past-cell-limit.xlsx", ProblemCode.INPUT_LIMIT_EXCEEDED, "学习培训!E3",
        () -> {
          // Excel and POI stop at 32,767 characters; a hostile file need not
          WorkbookFixture f = WorkbookFixture.of(sample(), Locale.SIMPLIFIED_CHINESE);
          f.cell("evidence.training", "E3").setCellValue("LONG-TEXT-HERE");
          return rewrite(f.bytes(), "xl/sharedStrings.xml",
              xml -> xml.replace("LONG-TEXT-HERE", randomHan(100_001)));
        }));
    out.add(new Case("formula-without-value.xlsx", ProblemCode.WORKBOOK_FORMULA_NO_VALUE,
        "学习培训!D3", () -> {
          // POI keeps the cell's old value as the formula's cached one; a file can have none
          WorkbookFixture f = WorkbookFixture.of(sample(), Locale.SIMPLIFIED_CHINESE);
          f.cell("evidence.training", "D3").setCellFormula("10+20");
          return rewrite(f.bytes(), "xl/worksheets/",
              xml -> xml.replaceAll("(<f>10\\+20</f>)<v>[^<]*</v>", "$1"));
        }));
    out.add(new Case("formula-with-value.xlsx", ProblemCode.WORKBOOK_FORMULA, "学习培训!D3",
        edit(f -> {
          org.apache.poi.ss.usermodel.Cell c = f.cell("evidence.training", "D3");
          c.setCellFormula("10+20");
          f.wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        })));
    // ---- claims, checked against the standard
    out.add(new Case("claim-off-the-step.xlsx", ProblemCode.CLAIM_OFF_STEP, "自评!F3",
        edit(f -> f.cell("claims", "F3").setCellValue(1.25))));
    out.add(new Case("claim-above-the-maximum.xlsx", ProblemCode.CLAIM_ABOVE_MAX, "自评!F3",
        edit(f -> f.cell("claims", "F3").setCellValue(99))));
    out.add(new Case("claim-unknown-code.xlsx", ProblemCode.CLAIM_UNKNOWN_CODE, "自评!A3",
        edit(f -> f.cell("claims", "A3").setCellValue("9.9"))));
    out.add(new Case("claim-points-missing.xlsx", ProblemCode.WORKBOOK_CELL_REQUIRED, "自评!F4",
        edit(f -> f.sheet("claims").getRow(3).removeCell(f.cell("claims", "F4")))));
    return out;
  }

  /**
   * Writes every case into a folder, one file each.
   *
   * @param dir the folder
   * @return the files, in case order
   */
  public static List<Path> writeAll(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Case c : all()) {
      files.add(Files.write(dir.resolve(c.name()), c.bytes().get()));
    }
    return files;
  }

  /**
   * Adds training rows below the first, each a copy of it with its own topic (so each is a record
   * of its own).
   *
   * @param f the fixture
   * @param n how many rows to add
   */
  public static void addTrainings(WorkbookFixture f, int n) {
    Sheet s = f.sheet("evidence.training");
    Row model = s.getRow(2);
    int first = s.getLastRowNum() + 1;
    for (int r = first; r < first + n; r++) {
      Row row = s.createRow(r);
      for (int c = 0; c < model.getLastCellNum(); c++) {
        org.apache.poi.ss.usermodel.Cell from = model.getCell(c);
        org.apache.poi.ss.usermodel.Cell to = row.createCell(c);
        to.setCellStyle(from.getCellStyle());
        switch (from.getCellType()) {
          case NUMERIC -> to.setCellValue(from.getNumericCellValue());
          default -> to.setCellValue(c == 4 ? from.getStringCellValue() + " " + r
              : from.getStringCellValue());
        }
      }
    }
  }

  // ---- makers

  private static byte[] contentTypes() {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats"
        + ".org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType="
        + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "</Types>").getBytes(StandardCharsets.UTF_8);
  }

  /** An XML start followed by white space: a hundred megabytes compress to about 100 KB. */
  private static byte[] spaces(int size) {
    byte[] b = new byte[size];
    java.util.Arrays.fill(b, (byte) ' ');
    byte[] start = "<?xml version=\"1.0\"?><worksheet>".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, b, 0, start.length);
    return b;
  }

  /** Random Chinese characters: they hardly compress. */
  private static String randomHan(int n) {
    Random r = new Random(5);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) (0x4E00 + r.nextInt(0x5000)));
    }
    return sb.toString();
  }

  /** Text of two letters, mostly one: compresses about ten to twenty times. */
  private static byte[] lowEntropy(int size) {
    byte[] b = new byte[size];
    Random r = new Random(11);
    for (int i = 0; i < size; i++) {
      b[i] = r.nextInt(10) == 0 ? (byte) 'b' : (byte) 'a';
    }
    return b;
  }

  static byte[] zip(Object... namesAndBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndBytes.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) namesAndBytes[i]));
        zip.write((byte[]) namesAndBytes[i + 1]);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The zip with one entry's text changed (or every entry under a folder ending in a slash). */
  static byte[] rewrite(byte[] xlsx, String entry, UnaryOperator<String> change) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals(entry) || entry.endsWith("/") && e.getName().startsWith(entry)) {
          b = change.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(b);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] encrypt(byte[] xlsx) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException
        | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] xls() {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      wb.createSheet("单位信息").createRow(0).createCell(0).setCellValue("单位代码");
      return write(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(org.apache.poi.ss.usermodel.Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
