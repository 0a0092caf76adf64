package io.github.ggw.standards.sheets;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.rules.workflow.CertificationEntry;
import io.github.ggw.standards.rules.workflow.CertificationList;
import java.util.List;
import java.util.Objects;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV form of a certification list (认定名单 CSV), for the district's and the city's
 * spreadsheets: a header row, then one row per approved unit in the list's order (district code,
 * then unit code), with codes and their zh-CN names. RFC 4180 quoting, {@code \n} line ends.
 * The free texts (unit name, document number) that start with {@code = + - @}, a tab or a
 * carriage return get a leading {@code '}, so that Excel or WPS shows them as text and never runs
 * them as a formula (CSV injection); a program reading the file back drops that quote.
 * Immutable and thread-safe.
 */
public final class CertificationCsv {
  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final CsvSchema SCHEMA = CSV.schemaFor(CertificationRow.class).withHeader();
  /** First characters that make Excel read a cell's text as a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  private CertificationCsv() {}

  /**
   * Writes a certification list as CSV.
   *
   * @param list the list, not null
   * @return the CSV text (encode it as UTF-8); the header row alone for an empty list
   */
  public static String write(CertificationList list) {
    Objects.requireNonNull(list, "list");
    List<CertificationRow> rows = list.entries().stream().map(CertificationRow::of).toList();
    return CSV.writer(SCHEMA).writeValueAsString(rows);
  }

  /** One CSV row of a certification list. */
  @JsonPropertyOrder({"district", "unitId", "unitName", "unitType", "year", "standardId",
      "standardVersion", "roundedTotal", "rating", "ratingZh", "designation", "designationZh",
      "documentNumber", "conferredOn"})
  record CertificationRow(String district, String unitId, String unitName, String unitType,
      int year, String standardId, String standardVersion, String roundedTotal, String rating,
      String ratingZh, String designation, String designationZh, String documentNumber,
      String conferredOn) {

    static CertificationRow of(CertificationEntry e) {
      return new CertificationRow(e.district().value(), e.unitId().value(), text(e.unitName()),
          e.unitType().name(), e.year(), e.standardId().value(), e.standardVersion().value(),
          e.roundedTotal().toString(), e.rating().name(), Labels.of(e.rating()).zh(),
          e.designation().kind().name(), Labels.of(e.designation().kind()).zh(),
          text(e.designation().documentNumber()), e.designation().conferredOn().toString());
    }

    /**
     * A free text Excel will not read as a formula (CSV injection): a leading quote before a
     * first character {@code = + - @}, tab or carriage return.
     */
    private static String text(String s) {
      return !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
  }
}
