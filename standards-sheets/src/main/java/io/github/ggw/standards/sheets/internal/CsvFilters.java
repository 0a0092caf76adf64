package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.rule.EvidenceFilter;
import io.github.ggw.standards.model.rule.EvidenceQuery;
import io.github.ggw.standards.model.rule.FilterOperator;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.QueryAggregate;
import io.github.ggw.standards.sheets.internal.CsvEntries.Bad;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Filtered measures in a CSV (and XLSX) parameters cell, the form of docs/formats/standard-csv.md:
 *
 * <pre>
 * count=activity; where=level&gt;=CITY &amp; kind in (SPEECH_CONTEST, RECITATION); withinYear=true
 * sum=training; of=hours; where=kind=STUDY
 * distinct=activity; of=kind
 * </pre>
 *
 * <p>One of {@code count}, {@code sum} and {@code distinct} names the evidence kind (instead of
 * {@code measure=…}); {@code of} the field summed or counted once per value; {@code where} the
 * filters joined by {@code &}, each a field, an operator ({@code =}, {@code in (…)}, {@code >=},
 * {@code <=}) and a value, or a comma-separated list in parentheses for {@code in}; {@code
 * withinYear} {@code true} or {@code false}. A value with {@code &}, a comma, a parenthesis, a
 * double quote or spaces at its ends is written in double quotes, a quote inside doubled. Whether
 * kinds, fields and values exist and fit is checked with the standard, against the
 * evidence-kind registry; this class reads and writes the text.
 */
final class CsvFilters {
  private static final Pattern LIST = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\s+in\\s*\\((.*)\\)",
      Pattern.DOTALL);
  private static final Pattern ONE = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\s*(>=|<=|=)\\s*(.*)",
      Pattern.DOTALL);

  private CsvFilters() {}

  /**
   * Whether a cell writes a filtered measure.
   *
   * @param e the cell's entries
   * @return true when {@code count}, {@code sum} or {@code distinct} is given
   */
  static boolean isFiltered(CsvEntries e) {
    return e.has("count") || e.has("sum") || e.has("distinct");
  }

  /**
   * Reads the filtered measure of a cell.
   *
   * @param e the cell's entries, for which {@link #isFiltered} holds
   * @return the measure, or empty after recording the mistakes in {@code e.bad()}
   */
  static Optional<MeasureRef> read(CsvEntries e) {
    int before = e.bad().size();
    List<QueryAggregate> given = new ArrayList<>();
    String kind = null;
    for (QueryAggregate a : QueryAggregate.values()) {
      Optional<String> k = e.text(a.writtenName());
      if (k.isPresent()) {
        given.add(a);
        kind = k.get();
      } else if (e.has(a.writtenName())) {
        e.bad().add(new Bad(a.writtenName(), "", CsvTexts.text("value.filterKind")));
        return Optional.empty();
      }
    }
    if (given.size() > 1 || e.has("measure")) {
      e.text("measure");
      e.bad().add(new Bad(given.get(0).writtenName(), kind, CsvTexts.text("value.filterKind")));
      return Optional.empty();
    }
    Optional<String> of = e.text("of");
    Optional<Boolean> withinYear = e.value("withinYear", CsvTexts.text("value.flag"),
        CsvEntries::bool);
    List<EvidenceFilter> filters = e.text("where").map(w -> filters(w, e.bad())).orElse(List.of());
    if (e.bad().size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(MeasureRef.of(new EvidenceQuery(given.get(0), kind, of, filters,
          withinYear)));
    } catch (StandardsException ex) {
      e.bad().add(new Bad(given.get(0).writtenName(), kind,
          CsvTexts.text("value.ruleRefused", String.valueOf(ex.getMessage()))));
      return Optional.empty();
    }
  }

  /** The filters of a {@code where} value; each unreadable term is a mistake. */
  private static List<EvidenceFilter> filters(String where, List<Bad> bad) {
    List<EvidenceFilter> out = new ArrayList<>();
    for (String term : split(where, '&')) {
      String t = term.strip();
      Matcher list = LIST.matcher(t);
      Matcher one = ONE.matcher(t);
      try {
        if (list.matches()) {
          List<String> values = split(list.group(2), ',').stream().map(CsvFilters::unquote)
              .toList();
          out.add(new EvidenceFilter(list.group(1), FilterOperator.ONE_OF, values));
        } else if (one.matches()) {
          FilterOperator op = switch (one.group(2)) {
            case ">=" -> FilterOperator.AT_LEAST;
            case "<=" -> FilterOperator.AT_MOST;
            default -> FilterOperator.EQUALS;
          };
          out.add(EvidenceFilter.of(one.group(1), op, unquote(one.group(3))));
        } else {
          bad.add(new Bad("where", t, CsvTexts.text("value.where")));
        }
      } catch (StandardsException | IllegalArgumentException ex) {
        bad.add(new Bad("where", t, CsvTexts.text("value.where")));
      }
    }
    return out;
  }

  /** Splits at a separator outside double quotes and parentheses. */
  private static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      }
      if (c == separator && !quoted && depth == 0) {
        parts.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    parts.add(sb.toString());
    return parts;
  }

  /** A value without its quotes ({@code ""} inside stands for one quote), else stripped. */
  private static String unquote(String v) {
    String s = v.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    if (s.contains("\"")) {
      throw new IllegalArgumentException("a quote inside a bare value: " + s);
    }
    return s;
  }

  /** A value as the cell writes it: quoted when it would not read back bare. */
  private static String quote(String v) {
    boolean plain = !v.isEmpty() && v.strip().equals(v)
        && v.chars().noneMatch(c -> c == '&' || c == ',' || c == '(' || c == ')' || c == '"');
    return plain ? v : "\"" + v.replace("\"", "\"\"") + "\"";
  }

  /**
   * Writes a filtered measure into a cell, in the order {@code count|sum|distinct}, {@code of},
   * {@code where}, {@code withinYear}; {@link #read} reads it back to an equal measure.
   *
   * @param w the cell being written
   * @param q the query
   * @return the same writer
   */
  static CsvEntries.Writer write(CsvEntries.Writer w, EvidenceQuery q) {
    String where = q.where().stream().map(f -> f.operator() == FilterOperator.ONE_OF
        ? f.field() + " in (" + f.values().stream().map(CsvFilters::quote)
            .collect(Collectors.joining(", ")) + ")"
        : f.field() + f.operator().symbol() + quote(f.values().get(0)))
        .collect(Collectors.joining(" & "));
    return w.text(q.aggregate().writtenName(), q.kind()).put("of", q.of().map(CsvFilters::escape))
        .put("where", escape(where)).put("withinYear", q.withinYear());
  }

  /** Escapes what the cell's own reading would take: backslash, {@code ;} and {@code |}. */
  private static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == ';' || c == '|') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
