package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Messages;
import io.github.ggw.standards.model.problem.ControlCharacters;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.LocationFormat;
import io.github.ggw.standards.model.problem.PersonalNumbers;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.rules.workflow.RefusedTransitionException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The program's words in one language, from {@code cli*.properties}; arguments as plain text.
 * Every personal number in a text argument (a file name, a unit name, a value typed on the
 * command line) is masked ({@link PersonalNumbers#mask(String)}), so nothing the program says
 * echoes one, and its control characters but tab and line feed are made visible ({@link
 * ControlCharacters#visibleKeepingLines(String)}), so that no text a school wrote drives the
 * terminal; numbers, dates and times are formatted as given.
 */
final class Words {
  /** How the library names an element of a batch stream: {@code FILE#N (line L)}. */
  private static final Pattern BATCH_ELEMENT =
      Pattern.compile("(.*#[0-9]+) \\(line ([0-9]+)\\)");
  private final Messages messages;

  Words(Locale locale) {
    this.messages = Messages.of("io.github.ggw.standards.samples.cli", locale);
  }

  Locale locale() {
    return messages.locale();
  }

  String get(String key, Object... args) {
    Object[] safe = args.clone();
    for (int i = 0; i < safe.length; i++) {
      safe[i] = masked(safe[i]);
    }
    return messages.get(key, safe);
  }

  String text(LocalizedText t) {
    return ControlCharacters.visibleKeepingLines(PersonalNumbers.mask(messages.text(t)));
  }

  /** A text argument with its personal numbers masked; anything else as it is. */
  private static Object masked(Object arg) {
    if (arg == null || arg instanceof Number || arg instanceof TemporalAccessor
        || arg instanceof java.util.Date) {
      return arg;
    }
    String text = arg.toString();
    String masked = ControlCharacters.visibleKeepingLines(PersonalNumbers.mask(text));
    return masked.equals(text) ? arg : masked;
  }

  /**
   * One problem of a source as a line for people, in the run's language: the source, the
   * severity in words, the place as the shared {@link LocationFormat} writes it (left out when
   * the problem has none) and the message. In zh the code comes once, in parentheses at the end
   * ({@code bad.json：错误：/evidence/1/tier（第 28 行第 12 列）：……（JSON_INVALID_VALUE）}); in
   * en after the severity ({@code bad.json: error JSON_INVALID_VALUE at /evidence/1/tier (line
   * 28, column 12): …}). The forms are listed in docs/input.md, "Problem lines".
   *
   * @param source the file name, {@code -} or another name of the input, not null
   * @param p the problem, not null
   * @return the line, without a line break
   */
  String problem(String source, Problem p) {
    String severity = get("severity." + p.getSeverity().name());
    String code = p.getCode().name();
    String message = LocationFormat.of(locale()).messageAfterPlace(p);
    return place(p.getLocation())
        .map(place -> get("problem", source(source), severity, code, place, message))
        .orElseGet(() -> get("problem.noPlace", source(source), severity, code, message));
  }

  /**
   * The name of a source in the run's language: an element of a batch stream, named {@code
   * FILE#N (line L)} by the library, reads {@code FILE#N（第 L 行）} in zh; every other name is
   * kept as given.
   *
   * @param source the source's name, not null
   * @return the name to print
   */
  String source(String source) {
    Matcher m = BATCH_ELEMENT.matcher(source);
    return m.matches() ? get("batchSource.line", m.group(1), Integer.parseInt(m.group(2)))
        : source;
  }

  /**
   * A warning of a score report as a line, in the run's language, placed and coded as {@link
   * #problem} does ({@code 警告：指标 2.4：……（CODE）}, {@code Warning CODE at item 2.4: …}).
   *
   * @param p the warning, not null
   * @return the line, without a line break
   */
  String warning(Problem p) {
    String code = p.getCode().name();
    String message = LocationFormat.of(locale()).messageAfterPlace(p);
    return place(p.getLocation())
        .map(place -> get("warning", code, place, message))
        .orElseGet(() -> get("warning.noPlace", code, message));
  }

  /**
   * A refused workflow transition as a line, in the run's language: in zh the message, then the
   * refusal code in parentheses at the end ({@code 操作被拒绝：……（NOT_SUBMITTED）}); in en the
   * code first ({@code Refused NOT_SUBMITTED: …}).
   *
   * @param e the refusal, not null
   * @return the line, without a line break
   */
  String refused(RefusedTransitionException e) {
    return get("refused", e.getCode().name(), e.getMessage(locale()));
  }

  /** The place of a problem in the run's language, or empty when it has none. */
  private Optional<String> place(Location location) {
    if (location.getPointer().isEmpty() && location.getLine().isEmpty()
        && location.getSheet().isEmpty() && location.getCriterion().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LocationFormat.of(locale()).format(location));
  }
}
