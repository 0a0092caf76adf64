package io.github.ggw.standards.model.problem;

import io.github.ggw.standards.model.Messages;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a {@link Location} for people, in zh-CN or en (位置的写法), with the words of the bundles
 * {@code io/github/ggw/standards/model/problem/locations*.properties}.
 *
 * <table>
 *   <caption>Forms, by kind of place</caption>
 *   <tr><th>place</th><th>zh-CN</th><th>en</th></tr>
 *   <tr><td>JSON, with position</td><td>{@code /claims/2/points（第 342 行第 17 列）}</td>
 *       <td>{@code /claims/2/points (line 342, column 17)}</td></tr>
 *   <tr><td>JSON, position only</td><td>{@code 第 342 行第 17 列}</td>
 *       <td>{@code line 342, column 17}</td></tr>
 *   <tr><td>JSON, pointer only</td><td>{@code /claims/2/points}</td>
 *       <td>{@code /claims/2/points}</td></tr>
 *   <tr><td>cell</td><td>{@code 「学习培训」!C7}</td><td>{@code 'Trainings'!C7}</td></tr>
 *   <tr><td>row of a sheet</td><td>{@code 「学习培训」第 7 行}</td>
 *       <td>{@code 'Trainings', row 7}</td></tr>
 *   <tr><td>sheet</td><td>{@code 工作表「学习培训」}</td><td>{@code sheet 'Trainings'}</td></tr>
 *   <tr><td>CSV</td><td>{@code 第 12 行「分值」列}</td><td>{@code line 12, column 'points'}</td></tr>
 *   <tr><td>CSV line</td><td>{@code 第 12 行}</td><td>{@code line 12}</td></tr>
 *   <tr><td>item</td><td>{@code 指标 2.4}</td><td>{@code item 2.4}</td></tr>
 *   <tr><td>unknown</td><td>{@code 位置不明}</td><td>{@code unknown place}</td></tr>
 * </table>
 *
 * <p>A place that also names a criterion is followed by it: {@code 「自评」!F9，指标 2.4} / {@code
 * 'Self-assessment'!F9, item 2.4}. The pointer a cell or CSV place carries (the value it became)
 * is left out: people edit the sheet, not the JSON; {@link Location#toString()} keeps it, in the
 * compact technical form the command line prints. Sheet and column names are written as given;
 * the root pointer is written {@code /}, as {@code toString} does. Numbers are written without
 * grouping, whatever the locale. Immutable and thread-safe.
 */
public final class LocationFormat {
  private static final String BUNDLE = "io.github.ggw.standards.model.problem.locations";

  private final Messages words;

  private LocationFormat(Messages words) {
    this.words = words;
  }

  /**
   * The format for a language: Chinese for any {@code zh} locale, English for every other; never
   * the machine's default locale.
   *
   * @param locale any locale, not null; only its language matters
   * @return the format
   */
  public static LocationFormat of(Locale locale) {
    return new LocationFormat(Messages.of(BUNDLE, Objects.requireNonNull(locale, "locale")));
  }

  /**
   * The language this format writes.
   *
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ROOT} (English)
   */
  public Locale locale() {
    return words.locale();
  }

  /**
   * Writes a location (forms in the class comment).
   *
   * @param location the location, not null
   * @return the text, never empty
   */
  public String format(Location location) {
    Objects.requireNonNull(location, "location");
    String place = place(location);
    if (location.getCriterion().isEmpty()) {
      return place == null ? words.get("location.unknown") : place;
    }
    String item = location.getCriterion().get().toString();
    return place == null ? words.get("location.item", item)
        : words.get("location.placeAndItem", place, item);
  }

  /**
   * A problem's message as it reads after its place (see {@link #format}): when the place names
   * an item, the message's own opening that names the same item again ({@code 指标 1.3：} in
   * zh-CN, {@code Item 1.3:} in en, as the problem bundles begin item messages) is left out, so
   * that a line names the item once ({@code /claims/2/points（第 180 行第 17 列），指标 1.3：自评 4
   * 分……}). Any other message is returned whole.
   *
   * @param problem the problem, not null
   * @return the message in this format's language, never empty
   * @throws NullPointerException if the problem is null
   */
  public String messageAfterPlace(Problem problem) {
    String message = problem.getMessage(locale());
    if (problem.getLocation().getCriterion().isEmpty()) {
      return message;
    }
    String opening = words.get("location.itemOpening",
        problem.getLocation().getCriterion().get().toString());
    return message.startsWith(opening) && message.length() > opening.length()
        ? message.substring(opening.length()).stripLeading() : message;
  }

  /** The place without the criterion, or null when there is none. */
  private String place(Location l) {
    if (l.getSheet().isPresent()) {
      String sheet = l.getSheet().get();
      if (l.getCell().isPresent()) {
        return words.get("location.cell", sheet, l.getCell().get());
      }
      return l.getRow().isPresent() ? words.get("location.sheetRow", sheet, l.getRow().get())
          : words.get("location.sheet", sheet);
    }
    if (l.getLine().isPresent() && l.getColumn().isEmpty()) {
      return l.getColumnName().isPresent()
          ? words.get("location.csv", l.getLine().get(), l.getColumnName().get())
          : words.get("location.csvLine", l.getLine().get());
    }
    String pointer = l.getPointer().map(p -> p.isEmpty() ? "/" : p).orElse(null);
    if (l.getLine().isPresent()) {
      return pointer == null
          ? words.get("location.position", l.getLine().get(), l.getColumn().get())
          : words.get("location.json", pointer, l.getLine().get(), l.getColumn().get());
    }
    return pointer == null ? null : words.get("location.pointer", pointer);
  }

  @Override
  public String toString() {
    return "LocationFormat[" + (words.locale().getLanguage().isEmpty() ? "en"
        : words.locale().toLanguageTag()) + "]";
  }
}
