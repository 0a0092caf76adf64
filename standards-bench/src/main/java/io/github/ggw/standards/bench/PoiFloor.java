package io.github.ggw.standards.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * POI's own parse of a self-assessment workbook (POI 解析下限): the floor of the workbook reader's
 * stages in {@link WorkbookPathBenchmark}, the cost of getting every cell value of the sheets the
 * reader reads out of the XLSX bytes with POI at all.
 *
 * <p>Why this and not {@code new XSSFWorkbook(bytes)}: the project's workbook reader never builds
 * the workbook in memory; it uses POI's SAX event model, exactly these entry points: {@link
 * OPCPackage#open(InputStream)} over the bytes, {@link XSSFReader} for the parts, its {@link
 * StylesTable}, a {@link ReadOnlySharedStringsTable} without phonetic runs, and a SAX parse of
 * each sheet's XML. The floor takes the same entry points and hands each sheet to POI's own
 * event-model cell handler, {@link XSSFSheetXMLHandler}, which resolves shared strings and styles
 * and formats every value with a {@link DataFormatter}; the handler here only touches each cell
 * (counts it and the length of its value). The user model ({@code XSSFWorkbook}) would build every
 * row, cell and style as objects, work the reader never does, and would make the reader look
 * cheaper beside it than it is. What the floor leaves out is the project's own work: the reader's pass
 * over the zip entries against zip bombs and unsafe XML (inflating every entry into counters), its
 * own cell records, the cells turned into the JSON document, and everything after (binding, Bean
 * Validation, checks).
 *
 * <p>Sheets: every sheet but the two the reader never reads, {@value #LISTS_SHEET} (the
 * drop-down lists) and {@value #INSTRUCTIONS_SHEET} (the instructions, the Chinese template's
 * name); {@code _meta}, the unit, every evidence sheet, the facts, the claims and the deductions
 * are parsed. Thread-safe when each thread passes its own formatter.
 */
final class PoiFloor {
  /** The sheet of drop-down lists, which the reader skips. */
  static final String LISTS_SHEET = "_lists";
  /** The instructions sheet of the Chinese template, which the reader skips. */
  static final String INSTRUCTIONS_SHEET = "填写说明";
  private static final Set<String> SKIPPED = Set.of(LISTS_SHEET, INSTRUCTIONS_SHEET);

  private PoiFloor() {}

  /**
   * What one parse touched.
   *
   * @param sheets the sheets parsed
   * @param skipped the sheets skipped (not parsed)
   * @param cells the cells POI reported with a value, over all sheets parsed
   * @param chars the characters of those values as formatted, over all sheets parsed
   */
  record Touched(int sheets, int skipped, long cells, long chars) {}

  /**
   * Parses a workbook's bytes with POI's event model, touching every cell of the sheets the
   * reader reads.
   *
   * @param bytes XLSX bytes, not null
   * @param formatter POI's formatter of cell values (one per thread; it caches formats)
   * @return what was touched
   * @throws UncheckedIOException when the bytes are no readable workbook (the pool's always are)
   */
  static Touched parse(byte[] bytes, DataFormatter formatter) {
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Counter counter = new Counter();
      int sheets = 0;
      int skipped = 0;
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          if (SKIPPED.contains(it.getSheetName())) {
            skipped++;
            continue;
          }
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, counter, formatter,
              false));
          xml.parse(new InputSource(in));
          sheets++;
        }
      }
      return new Touched(sheets, skipped, counter.cells, counter.chars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new UncheckedIOException(new IOException(e));
    } finally {
      if (pkg != null) {
        pkg.revert();
      }
    }
  }

  /**
   * A formatter as the floor uses it: POI's {@link DataFormatter} in the root locale.
   *
   * @return a new formatter
   */
  static DataFormatter formatter() {
    return new DataFormatter(Locale.ROOT);
  }

  /** Touches every cell: counts it and its value's length. */
  private static final class Counter implements XSSFSheetXMLHandler.SheetContentsHandler {
    long cells;
    long chars;

    @Override
    public void startRow(int rowNum) {}

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      cells++;
      chars += value == null ? 0 : value.length();
    }
  }
}
