package io.github.ggw.standards.sheets.internal;

import com.google.common.io.CountingInputStream;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.sheets.WorkbookLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Opens an XLSX workbook safely and reads its sheets cell by cell, never building the workbook
 * (安全打开工作簿). Not API; usable by any reader of XLSX input (self-assessment workbooks, a
 * standard in XLSX).
 *
 * <p>Opening, in order, each step refusing with one located problem:
 *
 * <ol>
 *   <li>size: more bytes than {@link WorkbookLimits#maxCompressedBytes()} is {@link
 *       ProblemCode#INPUT_LIMIT_EXCEEDED} ({@code maxCompressedBytes}), a stream being read only
 *       up to the limit plus one byte;
 *   <li>content sniffing: an OLE2 compound file is an encrypted OOXML workbook ({@link
 *       ProblemCode#WORKBOOK_ENCRYPTED}) or an {@code .xls} / {@code .et} file ({@link
 *       ProblemCode#WORKBOOK_NOT_XLSX}); bytes without the zip signature are no workbook ({@link
 *       ProblemCode#WORKBOOK_NOT_XLSX});
 *   <li>a pass over the zip entries, inflating each into nothing but counters: an entry larger
 *       than {@code maxEntryBytes}, all entries together larger than {@code maxInflatedBytes}, an
 *       entry above 100 KiB inflating more than {@code maxExpansionRatio} times, or more than
 *       1,000 entries is {@code INPUT_LIMIT_EXCEEDED} naming that limit, found as soon as the
 *       count passes it (a zip bomb is never inflated whole); XML declaring a document type or an
 *       entity is {@link ProblemCode#WORKBOOK_UNSAFE_XML}; a damaged archive {@link
 *       ProblemCode#WORKBOOK_MALFORMED};
 *   <li>content types: an OpenDocument {@code mimetype}, a macro-enabled ({@code .xlsm}) or binary
 *       ({@code .xlsb}) workbook, or a package that is no spreadsheet is {@code
 *       WORKBOOK_NOT_XLSX};
 *   <li>only then POI opens the package (whose own {@code ZipSecureFile} guards apply beneath
 *       these), and the sheet list of {@code workbook.xml} is read: more sheets than {@code
 *       maxSheets} is {@code INPUT_LIMIT_EXCEEDED}.
 * </ol>
 *
 * <p>Sheets are then read one at a time by a SAX parser that refuses document type
 * declarations ({@link #read(Sheet, int)}): cells with their type, raw value, whether their
 * number format is a date or General, their formula and whether it has a cached value; merged
 * ranges; text cut at {@code maxCellChars}. Not thread-safe; close it when done.
 */
public final class XlsxPackage implements AutoCloseable {
  /** The most zip entries of a workbook. */
  public static final int MAX_ENTRIES = 1_000;
  /** Entries up to this size are not held to the expansion ratio (as POI's grace size). */
  private static final long RATIO_GRACE = 100L << 10;
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final String SHEET_MAIN =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String TEMPLATE_MAIN =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

  /** How a sheet is shown: the {@code state} attribute of {@code workbook.xml}. */
  public enum Visibility {
    /** Shown (no {@code state}, or {@code visible}). */
    VISIBLE,
    /** Hidden; the user can unhide it. */
    HIDDEN,
    /** Very hidden; only a macro or the file's XML can unhide it. */
    VERY_HIDDEN
  }

  /**
   * A sheet of the workbook, as {@code workbook.xml} lists it.
   *
   * @param name the sheet's name, as the tab shows it
   * @param visibility how it is shown
   * @param relationId the relationship id of its part
   * @param position its 0-based position among the sheets
   */
  public record Sheet(String name, Visibility visibility, String relationId, int position) {}

  /** The type of a cell's value. */
  public enum CellType {
    /** Text (a shared or inline string, or a formula's string result). */
    TEXT,
    /** A number (dates are numbers in date-formatted cells). */
    NUMBER,
    /** {@code TRUE} or {@code FALSE}. */
    BOOLEAN,
    /** An error value such as {@code #DIV/0!}. */
    ERROR,
    /** No value (a formatted but empty cell, or a formula without a cached value). */
    EMPTY
  }

  /**
   * One cell as the sheet's XML holds it.
   *
   * @param ref the A1 reference, such as {@code C7}
   * @param row the 1-based row
   * @param column the 0-based column
   * @param type the value's type
   * @param text the raw value as text: a string's characters, a number as written in the XML
   *     ({@code 45123}, {@code 2.5}), {@code 1}/{@code 0} for a boolean, the error code; empty for
   *     {@link CellType#EMPTY}; cut to the cell limit
   * @param dateFormat whether the cell's number format is a date format
   * @param generalFormat whether the cell's number format is General (or none)
   * @param formula the formula text when the cell has one, else null
   * @param overLimit whether the text was longer than the cell limit and was cut
   */
  public record Cell(String ref, int row, int column, CellType type, String text,
      boolean dateFormat, boolean generalFormat, String formula, boolean overLimit) {
    /**
     * Whether the cell holds nothing a person typed: empty, or text of white space only.
     *
     * @return true when blank
     */
    public boolean isBlank() {
      return formula == null && (type == CellType.EMPTY || text.isBlank());
    }
  }

  /**
   * The cells of one sheet.
   *
   * @param rows the non-empty rows in sheet order, each its cells in column order; a row is
   *     listed when it has at least one cell that is not blank
   * @param merged the merged ranges, as the XML writes them ({@code A3:B3})
   * @param rowsPastBudget whether reading stopped because the sheet had more non-blank rows from
   *     row 3 on than the budget given
   */
  public record SheetCells(List<List<Cell>> rows, List<String> merged, boolean rowsPastBudget) {}

  private final OPCPackage pkg;
  private final XSSFReader reader;
  private final List<Sheet> sheets;
  private final WorkbookLimits limits;
  private ReadOnlySharedStringsTable strings;
  private StylesTable styles;

  private XlsxPackage(OPCPackage pkg, XSSFReader reader, List<Sheet> sheets,
      WorkbookLimits limits) {
    this.pkg = pkg;
    this.reader = reader;
    this.sheets = List.copyOf(sheets);
    this.limits = limits;
  }

  /**
   * Reads at most the size limit plus one byte of a stream, then opens the bytes.
   *
   * @param in the stream, not null; not closed
   * @param limits the limits, not null
   * @return the package, or the problem that refused it (an unreadable stream is {@link
   *     ProblemCode#INPUT_UNREADABLE})
   */
  public static Result<XlsxPackage> open(InputStream in, WorkbookLimits limits) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
          limits.maxCompressedBytes() + 1));
    } catch (IOException e) {
      return refuse(ProblemCode.INPUT_UNREADABLE, null, String.valueOf(e.getMessage()));
    }
    return open(bytes, limits);
  }

  /**
   * Opens a workbook's bytes (see the class comment for the steps and their problems).
   *
   * @param bytes the file's bytes, not null
   * @param limits the limits, not null
   * @return the package, or the one problem that refused it
   */
  public static Result<XlsxPackage> open(byte[] bytes, WorkbookLimits limits) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(limits, "limits");
    if (bytes.length > limits.maxCompressedBytes()) {
      return limit("maxCompressedBytes", limits.maxCompressedBytes(), bytes.length);
    }
    if (bytes.length == 0) {
      return refuse(ProblemCode.INPUT_EMPTY, null);
    }
    if (startsWith(bytes, OLE2)) {
      return indexOf(bytes, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE), 0) >= 0
          ? refuse(ProblemCode.WORKBOOK_ENCRYPTED, null)
          : notXlsx(FileKinds.named("xls"));
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3
        || bytes[3] != 4) {
      return notXlsx(FileKinds.ofBytes(bytes));
    }
    Scan scan;
    try {
      scan = scan(bytes, limits);
    } catch (Refusal r) {
      return Result.refused(List.of(r.problem));
    } catch (IOException | IllegalArgumentException e) {
      return refuse(ProblemCode.WORKBOOK_MALFORMED, null, cause(e));
    }
    if (scan.mimetype != null && scan.mimetype.startsWith("application/vnd.oasis.opendocument")
        || scan.contentTypes == null && scan.hasOdfManifest) {
      return notXlsx(FileKinds.named("ods"));
    }
    if (scan.contentTypes == null) {
      return notXlsx(FileKinds.named("zip"));
    }
    String types = scan.contentTypes;
    if (types.contains("macroEnabled")) {
      return notXlsx(FileKinds.named(types.contains("sheet.binary") ? "xlsb" : "xlsm"));
    }
    if (!types.contains(SHEET_MAIN) && !types.contains(TEMPLATE_MAIN)) {
      return notXlsx(FileKinds.named(types.contains("wordprocessingml") ? "docx"
          : types.contains("presentationml") ? "pptx" : "zip"));
    }
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
      XSSFReader reader = new XSSFReader(pkg);
      List<Sheet> sheets = new ArrayList<>();
      try (InputStream wb = reader.getWorkbookData()) {
        parse(wb, new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String q, Attributes a)
              throws SAXException {
            if ("sheet".equals(local)) {
              String state = a.getValue("state");
              Visibility v = "veryHidden".equals(state) ? Visibility.VERY_HIDDEN
                  : "hidden".equals(state) ? Visibility.HIDDEN : Visibility.VISIBLE;
              String rel = null;
              for (int i = 0; i < a.getLength(); i++) {
                if ("id".equals(a.getLocalName(i)) && a.getURI(i).contains("relationships")) {
                  rel = a.getValue(i);
                }
              }
              sheets.add(new Sheet(String.valueOf(a.getValue("name")), v, rel, sheets.size()));
              if (sheets.size() > limits.maxSheets()) {
                throw new Refusal(limitProblem("maxSheets", limits.maxSheets(), sheets.size()));
              }
            }
          }
        });
      }
      return Result.of(new XlsxPackage(pkg, reader, sheets, limits));
    } catch (Refusal r) {
      closeQuietly(pkg);
      return Result.refused(List.of(r.problem));
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      closeQuietly(pkg);
      return refuse(ProblemCode.WORKBOOK_MALFORMED, null, cause(e));
    }
  }

  /**
   * The sheets, in workbook order.
   *
   * @return the sheets, unmodifiable
   */
  public List<Sheet> sheets() {
    return sheets;
  }

  /**
   * Reads one sheet's cells.
   *
   * @param sheet a sheet of {@link #sheets()}
   * @param rowBudget the most non-blank rows from row 3 on to read; reading stops past it
   * @return the cells
   * @throws XlsxException when the sheet's XML is damaged, declares a document type, or its part
   *     is missing
   */
  public SheetCells read(Sheet sheet, int rowBudget) {
    try {
      if (styles == null) {
        styles = reader.getStylesTable();
      }
      if (strings == null) {
        strings = new ReadOnlySharedStringsTable(pkg, false);
      }
      if (sheet.relationId() == null) {
        throw new XlsxException(Problem.of(ProblemCode.WORKBOOK_MALFORMED,
            Location.sheet(sheet.name()), null, "no part"));
      }
      CellHandler handler = new CellHandler(strings, styles, limits.maxCellChars(), rowBudget);
      try (InputStream in = reader.getSheet(sheet.relationId())) {
        parse(in, handler);
      } catch (BudgetSpent done) {
        return new SheetCells(handler.rows, handler.merged, true);
      }
      return new SheetCells(handler.rows, handler.merged, false);
    } catch (XlsxException e) {
      throw e;
    } catch (SAXException e) {
      boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
      throw new XlsxException(Problem.of(doctype ? ProblemCode.WORKBOOK_UNSAFE_XML
          : ProblemCode.WORKBOOK_MALFORMED, Location.sheet(sheet.name()), null, cause(e)));
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw new XlsxException(Problem.of(ProblemCode.WORKBOOK_MALFORMED,
          Location.sheet(sheet.name()), null, cause(e)));
    }
  }

  @Override
  public void close() {
    closeQuietly(pkg);
  }

  /** A problem that stops reading a sheet, to be reported as it is. */
  public static final class XlsxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The problem. */
    private final transient Problem problem;

    XlsxException(Problem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }

    /**
     * The problem that stopped reading.
     *
     * @return the problem
     */
    public Problem problem() {
      return problem;
    }
  }

  private static void closeQuietly(OPCPackage pkg) {
    if (pkg != null) {
      pkg.revert();
    }
  }

  private static void parse(InputStream in, DefaultHandler handler)
      throws IOException, SAXException {
    XMLReader xml;
    try {
      xml = XMLHelper.newXMLReader();
      xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new SAXException(e);
    }
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  /** What the pass over the entries found. */
  private static final class Scan {
    String contentTypes;
    String mimetype;
    boolean hasOdfManifest;
  }

  /** A refusal found while scanning, carrying its problem out of a handler. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Refusal(Problem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }

  /** Signals that the row budget is spent. */
  private static final class BudgetSpent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super(null, null, false, false);
    }
  }

  private static Scan scan(byte[] bytes, WorkbookLimits limits) throws IOException {
    Scan scan = new Scan();
    CountingInputStream counting = new CountingInputStream(new ByteArrayInputStream(bytes));
    long total = 0;
    int entries = 0;
    byte[] buf = new byte[16 << 10];
    try (ZipInputStream zip = new ZipInputStream(counting)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        entries++;
        if (entries > MAX_ENTRIES) {
          throw new Refusal(limitProblem("maxEntries", MAX_ENTRIES, entries));
        }
        String name = e.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels");
        boolean keep = "[content_types].xml".equals(lower) || "mimetype".equals(lower);
        if ("meta-inf/manifest.xml".equals(lower)) {
          scan.hasOdfManifest = true;
        }
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        long start = counting.getCount();
        long size = 0;
        Declarations declares = new Declarations();
        boolean first = true;
        int n;
        while ((n = zip.read(buf)) > 0) {
          if (first && xml && n >= 2 && (buf[0] == (byte) 0xFE || buf[0] == (byte) 0xFF
              || buf[0] == 0 || buf[1] == 0)) {
            throw new Refusal(Problem.of(ProblemCode.WORKBOOK_MALFORMED, Location.unknown(),
                name, name + ": not UTF-8"));
          }
          first = false;
          size += n;
          total += n;
          if (size > limits.maxEntryBytes()) {
            throw new Refusal(limitProblem("maxEntryBytes", limits.maxEntryBytes(), size));
          }
          if (total > limits.maxInflatedBytes()) {
            throw new Refusal(limitProblem("maxInflatedBytes", limits.maxInflatedBytes(), total));
          }
          long compressed = Math.max(1, counting.getCount() - start);
          if (size > RATIO_GRACE && size / compressed > limits.maxExpansionRatio()) {
            throw new Refusal(limitProblem("maxExpansionRatio", limits.maxExpansionRatio(),
                size / compressed));
          }
          if (xml && declares.scan(buf, n)) {
            throw new Refusal(Problem.of(ProblemCode.WORKBOOK_UNSAFE_XML, Location.unknown(),
                null, name));
          }
          if (kept != null && kept.size() < (1 << 20)) {
            kept.write(buf, 0, n);
          }
        }
        if (kept != null) {
          String text = kept.toString(StandardCharsets.UTF_8);
          if ("mimetype".equals(lower)) {
            scan.mimetype = text.trim();
          } else {
            scan.contentTypes = text;
          }
        }
      }
    } catch (ZipException e) {
      throw new IOException(e.getMessage(), e);
    }
    if (entries == 0) {
      throw new IOException("no zip entries");
    }
    return scan;
  }

  /**
   * Finds {@code <!DOCTYPE} or {@code <!ENTITY} in XML read chunk by chunk, across chunk
   * boundaries, in one pass.
   */
  private static final class Declarations {
    /** Characters after {@code <!} so far; -1 when not after {@code <!}; -2 after {@code <}. */
    private int state = -1;
    private final StringBuilder after = new StringBuilder(8);

    boolean scan(byte[] b, int n) {
      for (int i = 0; i < n; i++) {
        byte c = b[i];
        if (state == -1) {
          if (c == '<') {
            state = -2;
          }
        } else if (state == -2) {
          if (c == '!') {
            state = 0;
            after.setLength(0);
          } else {
            state = c == '<' ? -2 : -1;
          }
        } else {
          after.append((char) c);
          String a = after.toString();
          if (a.equals("DOCTYPE") || a.equals("ENTITY")) {
            return true;
          }
          if (!"DOCTYPE".startsWith(a) && !"ENTITY".startsWith(a)) {
            state = c == '<' ? -2 : -1;
          }
        }
      }
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String cause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.length() > 120 ? m.substring(0, 120) : m;
  }

  private static <T> Result<T> notXlsx(LocalizedText what) {
    return refuse(ProblemCode.WORKBOOK_NOT_XLSX, null, what.en(), what.zh());
  }

  private static <T> Result<T> refuse(ProblemCode code, String value, String... args) {
    return Result.refused(List.of(Problem.of(code, Location.unknown(), value, args)));
  }

  private static Problem limitProblem(String name, long limit, long actual) {
    return Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, Location.unknown(),
        String.valueOf(actual), name, String.valueOf(limit));
  }

  private static <T> Result<T> limit(String name, long limit, long actual) {
    return Result.refused(List.of(limitProblem(name, limit, actual)));
  }

  /** A General number format: no date. */
  private static final boolean[] GENERAL = {false, true};

  /** The SAX handler of one sheet: rows, cells and merged ranges. */
  private static final class CellHandler extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final int maxChars;
    private final int budget;
    final List<List<Cell>> rows = new ArrayList<>();
    final List<String> merged = new ArrayList<>();
    private List<Cell> row;
    private int rowNumber;
    private int dataRows;
    private int nextColumn;
    // the cell being read
    private String ref;
    private String type;
    private String style;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private boolean inValue;
    private boolean inFormula;
    private boolean inInline;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean over;
    /** Whether each style's number format is a date and whether it is General, by style index. */
    private final java.util.Map<String, boolean[]> formats = new java.util.HashMap<>();

    CellHandler(ReadOnlySharedStringsTable strings, StylesTable styles, int maxChars,
        int budget) {
      this.strings = strings;
      this.styles = styles;
      this.maxChars = maxChars;
      this.budget = budget;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (local) {
        case "row" -> {
          String r = a.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
          row = new ArrayList<>();
          nextColumn = 0;
        }
        case "c" -> {
          ref = a.getValue("r");
          type = a.getValue("t");
          style = a.getValue("s");
          value.setLength(0);
          formula.setLength(0);
          hasFormula = false;
          hasValue = false;
          over = false;
        }
        case "v" -> {
          inValue = true;
          hasValue = true;
        }
        case "f" -> {
          inFormula = true;
          hasFormula = true;
        }
        case "is" -> {
          inInline = true;
          hasValue = true;
        }
        case "t" -> {
          if (inInline) {
            inValue = true;
          }
        }
        case "mergeCell" -> {
          String m = a.getValue("ref");
          if (m != null && merged.size() < 10_000) {
            merged.add(m);
          }
        }
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        int room = maxChars + 1 - value.length();
        if (room > 0) {
          value.append(ch, start, Math.min(room, length));
        }
      } else if (inFormula && formula.length() < 1_000) {
        formula.append(ch, start, Math.min(length, 1_000 - formula.length()));
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      switch (local) {
        case "v" -> inValue = false;
        case "t" -> inValue = false;
        case "f" -> inFormula = false;
        case "is" -> inInline = false;
        case "c" -> endCell();
        case "row" -> endRow();
        default -> { }
      }
    }

    private void endCell() {
      int column;
      int r;
      int[] parsed = ref == null ? null : parseRef(ref);
      if (parsed != null) {
        column = parsed[0];
        r = parsed[1];
      } else {
        column = nextColumn;
        r = rowNumber;
        ref = org.apache.poi.ss.util.CellReference.convertNumToColString(column) + r;
      }
      nextColumn = column + 1;
      CellType t;
      String text = value.toString();
      if (!hasValue) {
        t = CellType.EMPTY;
        text = "";
      } else if ("s".equals(type)) {
        t = CellType.TEXT;
        try {
          text = strings.getItemAt(Integer.parseInt(text.trim())).getString();
        } catch (RuntimeException e) {
          text = "";
        }
      } else if ("inlineStr".equals(type) || "str".equals(type)) {
        t = CellType.TEXT;
      } else if ("b".equals(type)) {
        t = CellType.BOOLEAN;
      } else if ("e".equals(type)) {
        t = CellType.ERROR;
      } else {
        t = CellType.NUMBER;
        text = text.trim();
      }
      if (text.length() > maxChars) {
        over = true;
        text = text.substring(0, maxChars);
      }
      boolean[] format = style == null ? GENERAL : formats.computeIfAbsent(style, this::format);
      boolean date = format[0];
      boolean general = format[1];
      Cell cell = new Cell(ref, r, column, t, text, date, general,
          hasFormula ? formula.toString() : null, over);
      if (row == null) {
        row = new ArrayList<>();
        rowNumber = r;
      }
      if (!cell.isBlank() || cell.formula() != null) {
        row.add(cell);
      }
    }

    /** The 0-based column and 1-based row of an A1 reference, or null when malformed. */
    private static int[] parseRef(String ref) {
      int i = 0;
      int col = 0;
      while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
        col = col * 26 + (ref.charAt(i) - 'A' + 1);
        i++;
      }
      if (i == 0 || i > 3 || i == ref.length() || ref.length() - i > 7) {
        return null;
      }
      int row = 0;
      for (int j = i; j < ref.length(); j++) {
        char c = ref.charAt(j);
        if (c < '0' || c > '9') {
          return null;
        }
        row = row * 10 + (c - '0');
      }
      return row < 1 || row > 1_048_576 || col > 16_384 ? null : new int[] {col - 1, row};
    }

    private boolean[] format(String styleIndex) {
      try {
        var cs = styles == null ? null : styles.getStyleAt(Integer.parseInt(styleIndex));
        if (cs == null) {
          return GENERAL;
        }
        short fmt = cs.getDataFormat();
        String fmtString = cs.getDataFormatString();
        boolean general = fmt == 0 || fmtString == null || "General".equalsIgnoreCase(fmtString);
        return new boolean[] {
            !general && org.apache.poi.ss.usermodel.DateUtil.isADateFormat(fmt, fmtString),
            general};
      } catch (RuntimeException e) {
        return GENERAL; // an unknown style: General
      }
    }

    private void endRow() {
      if (row != null && !row.isEmpty()) {
        if (rowNumber >= 3 && ++dataRows > budget) {
          throw new BudgetSpent();
        }
        rows.add(List.copyOf(row));
      }
      row = null;
    }
  }
}
