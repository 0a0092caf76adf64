package io.github.ggw.standards.sheets;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ModelValidator;
import io.github.ggw.standards.sheets.internal.CsvColumn;
import io.github.ggw.standards.sheets.internal.CsvRules;
import io.github.ggw.standards.sheets.internal.CsvStandardReader;
import io.github.ggw.standards.sheets.internal.CsvFacts;
import io.github.ggw.standards.sheets.internal.CsvStandardWriter;
import io.github.ggw.standards.sheets.internal.CsvTexts;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Reads and writes a standard as CSV (评分表 CSV 导入导出), the shape in which scoring sheets
 * circulate as Word and Excel tables: one row per item with its code, parent code, title,
 * requirement, points, rule kind, rule parameters and source, plus one row whose code is {@code
 * "@standard"} and whose title, requirement (the issuer), parameters and source describe the
 * standard itself. Parsing and quoting are Jackson's CSV format.
 *
 * <p>Columns, in the order written (a header may use the Chinese names too, in any order):
 * {@code code, parent, title, title_en, requirement, requirement_en, points, kind, rule,
 * parameters, weight, not_applicable_to, source, clause, status, note}, and {@code step} when an
 * item has its own grid; the first, second, third,
 * seventh, ninth and tenth are required. The parameters of a rule use the {@code key=value; …}
 * language of {@link CsvRules}; the {@code @standard} row's parameters are {@code id, version,
 * replaces, effectiveFrom, validUntil, applicableUnitTypes, precision, rounding, claimStep,
 * notApplicableMode, bonusCap, certificationThreshold, vetoBelow, compositeScale, ratingBands} (such as {@code
 * FAIL:0, PASS:60, GOOD:75, EXCELLENT:90}), {@code quotas} (such as {@code EXCELLENT:25}) and
 * {@code prerequisites}. An empty English title or requirement takes the Chinese one; empty source
 * cells take the standard's source. Each declared fact is a row whose code is {@code "@fact"}:
 * its title in the title columns, its settings in the parameters cell ({@code code=plan.status;
 * type=CHOICE; choices=DRAFTED, ADOPTED, PUBLISHED}, with {@code min}, {@code max} and {@code
 * unit} for a number), its source in the source columns (see {@code CsvFacts}).
 *
 * <p>Encoding: UTF-8, with or without a byte-order mark; anything else is refused with {@code
 * INPUT_ENCODING} naming what the bytes look like (such as GBK/GB18030, which Excel writes for a
 * plain "CSV" on Chinese Windows) so the user can save as "CSV UTF-8". Reading never throws on bad
 * input: every problem comes back with its line, column and item code, and a standard is also
 * checked across items and against the measure registry, as a JSON one is. {@link
 * #writeStandard(Standard)} writes what {@link #readStandard(byte[])} reads back to an equal
 * standard, and a canonical CSV reads and writes back to the same text.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class StandardsCsv {
  /** The UTF-8 byte-order mark that {@link #writeStandardBytes} puts first, for Excel. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final ReadLimits limits;
  private final MeasureRegistry measures;
  private final CsvMapper mapper;
  private final ModelValidator validator = ModelValidator.create();

  private StandardsCsv(ReadLimits limits, MeasureRegistry measures) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.measures = Objects.requireNonNull(measures, "measures");
    this.mapper = CsvMapper.builder()
        .enable(CsvReadFeature.WRAP_AS_ARRAY)
        .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
        .build();
  }

  /**
   * A reader and writer with the default limits and the built-in measures.
   *
   * @return the instance
   */
  public static StandardsCsv create() {
    return new StandardsCsv(ReadLimits.DEFAULT, MeasureRegistry.builtIn());
  }

  /**
   * A reader and writer with given limits (the document size limit applies) and measures.
   *
   * @param limits the limits, not null
   * @param measures the measures rules may name, not null
   * @return the instance
   */
  public static StandardsCsv create(ReadLimits limits, MeasureRegistry measures) {
    return new StandardsCsv(limits, measures);
  }

  /**
   * The column names, in the order written.
   *
   * @return the English header names
   */
  public static List<String> columns() {
    return Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toList();
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a standard from CSV bytes.
   *
   * @param csv the bytes, UTF-8 with or without a byte-order mark, not null
   * @return the standard with its warnings, or every problem found: encoding, CSV syntax,
   *     header, cells, rule parameters, dangling parent codes, the cross-item checks of the
   *     standard and its measures; each at its line and column and, for an item, its code
   */
  public Result<Standard> readStandard(byte[] csv) {
    Objects.requireNonNull(csv, "csv");
    if (csv.length > limits.maxDocumentBytes()) {
      return refuse(Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, Location.unknown(),
          String.valueOf(csv.length), "maxDocumentBytes",
          String.valueOf(limits.maxDocumentBytes())));
    }
    String text;
    try {
      text = decode(csv);
    } catch (CharacterCodingException e) {
      return refuse(Problem.of(ProblemCode.INPUT_ENCODING, Location.unknown(), null,
          looksLike(csv)));
    }
    if (text.isBlank()) {
      return refuse(Problem.of(ProblemCode.INPUT_EMPTY, Location.unknown(), null));
    }
    List<CsvStandardReader.Row> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
      while (true) {
        int line = it.currentLocation().getLineNr();
        if (!it.hasNextValue()) {
          break;
        }
        rows.add(new CsvStandardReader.Row(Math.max(1, line), it.nextValue()));
      }
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      LocalizedText words = CsvTexts.syntax(e.getOriginalMessage());
      // at the line the parser stopped at, when it says one
      return refuse(Problem.of(ProblemCode.CSV_SYNTAX,
          line > 0 ? Location.csv(line) : Location.unknown(), null,
          String.valueOf(line), words.en(), words.zh()));
    }
    CsvStandardReader reader = new CsvStandardReader(rows, measures);
    Standard standard = reader.read();
    List<Problem> problems = new ArrayList<>(reader.problems());
    if (standard != null) {
      problems.addAll(validator.validate(standard));
    }
    return standard == null ? Result.refused(problems) : Result.ofChecked(standard, problems);
  }

  /**
   * Reads a standard from a CSV file.
   *
   * @param file the file, not null
   * @return the standard or the problems; an unreadable or too large file is a problem too
   */
  public Result<Standard> readStandard(Path file) {
    try {
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        return refuse(Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, Location.unknown(),
            String.valueOf(size), "maxDocumentBytes", String.valueOf(limits.maxDocumentBytes())));
      }
      return readStandard(Files.readAllBytes(file));
    } catch (IOException | SecurityException e) {
      return refuse(Problem.of(ProblemCode.INPUT_UNREADABLE, Location.unknown(),
          String.valueOf(file.getFileName()), e.getClass().getSimpleName() + ": "
              + e.getMessage()));
    }
  }

  private static <T> Result<T> refuse(Problem p) {
    return Result.refused(List.of(p));
  }

  /** UTF-8 without its byte-order mark, or an exception for any other encoding. */
  private static String decode(byte[] b) throws CharacterCodingException {
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      throw new CharacterCodingException();
    }
    int offset = b.length >= 3 && Arrays.equals(Arrays.copyOf(b, 3), BOM) ? 3 : 0;
    return strict(StandardCharsets.UTF_8, b, offset);
  }

  private static String strict(Charset cs, byte[] b, int offset)
      throws CharacterCodingException {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
  }

  /** What non-UTF-8 bytes look like, for the message: UTF-16, GBK/GB18030 or unknown. */
  private static String looksLike(byte[] b) {
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF)) {
      return "UTF-16";
    }
    try {
      strict(Charset.forName("GB18030"), b, 0);
      return "GBK/GB18030";
    } catch (CharacterCodingException e) {
      return "unknown encoding";
    }
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a standard as CSV text: the header, the {@code @standard} row, then one row per item,
   * depth first in declared order; lines end with {@code \n}.
   *
   * @param standard the standard, not null
   * @return the CSV text, which {@link #readStandard(byte[])} reads back to an equal standard
   */
  public String writeStandard(Standard standard) {
    List<String[]> rows = new ArrayList<>();
    rows.add(columns().toArray(String[]::new));
    rows.add(CsvStandardWriter.standardRow(standard));
    rows.addAll(CsvFacts.rows(standard));
    for (Criterion d : standard.getDimensions()) {
      CsvStandardWriter.rows(standard, d, null, rows);
    }
    // the step column, last, only when an item has a step of its own
    boolean steps = standard.getAllCriteria().anyMatch(c -> c.getStep().isPresent());
    StringWriter out = new StringWriter();
    try (SequenceWriter w = mapper.writerFor(String[].class).writeValues(out)) {
      for (String[] row : rows) {
        w.write(steps ? row : Arrays.copyOf(row, CsvColumn.STEP.ordinal()));
      }
    }
    return out.toString();
  }

  /**
   * Writes a standard as CSV bytes for Excel: a UTF-8 byte-order mark (so that Excel opens the
   * file as UTF-8), then {@link #writeStandard(Standard)} in UTF-8.
   *
   * @param standard the standard, not null
   * @return the bytes
   */
  public byte[] writeStandardBytes(Standard standard) {
    byte[] body = writeStandard(standard).getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(BOM, BOM.length + body.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }
}
