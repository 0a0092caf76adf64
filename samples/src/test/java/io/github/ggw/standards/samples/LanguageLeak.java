package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.workflow.RefusalCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The language-leak check of DESIGN.md "Language": what is left of a zh-CN text once the
 * allow-list is taken out must hold no run of three or more Latin letters; an en text, once its
 * quoted data is taken out, no CJK character.
 *
 * <p>The allow-list for zh text: problem and refusal codes; indicator codes; JSON pointers; file
 * names and paths; quoted user data and names (in “…”, 「…」, "…", '…', ‘…’); the product and
 * format names Excel, WPS, LibreOffice, JSON, CSV, XLSX, UTF-8, GBK, GB18030, SM2, SM3, PKCS; and,
 * as things a person types or reads on a form, the date format {@code YYYY-MM-DD}, command-line
 * options ({@code --lang}), the program's name {@code standards}, its command names, parameter
 * labels ({@code DIR}) and option values ({@code --format csv}), picocli's variables
 * ({@code ${DEFAULT-VALUE}}), file name patterns ({@code *.json}), the mask of a personal number,
 * and HTML and SHA-256 as format names. Beyond the Latin runs, a zh problem message must not name
 * a value of the model by its constant (quoted or not) where its label reads better ({@link
 * #constantLeaks}).
 */
final class LanguageLeak {
  /** Quoted data of every kind the bundles and messages use. */
  private static final Pattern QUOTED = Pattern.compile(
      "“[^”]*”|「[^」]*」|\"[^\"]*\"|‘[^’]*’|'[^'\\n]*'|`[^`]*`|《[^》]*》");
  /** A JSON pointer or a path: a slash and what follows up to white space or CJK punctuation. */
  private static final Pattern POINTER_OR_PATH = Pattern.compile(
      "(?:[A-Za-z0-9._~-]*)?/[^\\s，。；：、（）()「」“”,;]*");
  /** A file name with an extension. */
  private static final Pattern FILE_NAME = Pattern.compile(
      "[\\p{L}\\p{N}_.*-]*\\.(?:json|csv|xlsx|html|txt|pem|p12|ndjson|md|svg|png)\\b");
  /** A variable of the help texts, filled in by picocli. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");
  /** A command-line option or placeholder the user types. */
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--?[a-zA-Z][a-zA-Z0-9-]*(?:=\\S*)?");
  private static final Set<String> NAMES = Set.of("Excel", "WPS", "LibreOffice", "JSON", "CSV",
      "XLSX", "UTF-8", "GBK", "GB18030", "SM2", "SM3", "PKCS", "YYYY-MM-DD", "HTML", "SHA-256",
      "standards");
  /** What a masked personal number reads as. */
  private static final String MASK = io.github.ggw.standards.model.problem.PersonalNumbers.MASK;
  private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z]{3,}");
  private static final Pattern CJK = Pattern.compile(
      "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  /** A word that could be an enumeration constant's name. */
  private static final Pattern CONSTANT = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*"
      + "(?![A-Za-z0-9_])");

  private final Set<String> allowedWords;
  private final Set<String> constants;

  private LanguageLeak(Set<String> allowedWords) {
    this.allowedWords = allowedWords;
    java.util.ResourceBundle labels = java.util.ResourceBundle.getBundle(
        "io.github.ggw.standards.model.labels", java.util.Locale.ROOT,
        java.util.ResourceBundle.Control.getNoFallbackControl(
            java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    Set<String> codes = Stream.concat(Arrays.stream(ProblemCode.values()).map(Enum::name),
        Arrays.stream(RefusalCode.values()).map(Enum::name)).collect(Collectors.toSet());
    this.constants = labels.keySet().stream().map(k -> k.substring(k.lastIndexOf('.') + 1))
        .filter(name -> !codes.contains(name)).collect(Collectors.toSet());
  }

  /**
   * The check with the codes of the library and the given words of the command line allowed.
   *
   * @param commandLine the program's command names, parameter labels and option values
   * @return the check
   */
  static LanguageLeak withCommandLine(Set<String> commandLine) {
    Set<String> words = Stream.of(
        Arrays.stream(ProblemCode.values()).map(Enum::name),
        Arrays.stream(RefusalCode.values()).map(Enum::name),
        NAMES.stream(), commandLine.stream()).flatMap(s -> s).collect(Collectors.toSet());
    return new LanguageLeak(words);
  }

  /**
   * The Latin runs of a zh text outside the allow-list.
   *
   * @param zh the text
   * @return the runs, empty when the text is clean
   */
  List<String> latinLeaks(String zh) {
    String rest = QUOTED.matcher(zh).replaceAll(" ");
    rest = VARIABLE.matcher(rest).replaceAll(" ");
    rest = rest.replace(MASK, " ");
    rest = FILE_NAME.matcher(rest).replaceAll(" ");
    rest = POINTER_OR_PATH.matcher(rest).replaceAll(" ");
    rest = OPTION.matcher(rest).replaceAll(" ");
    StringBuilder kept = new StringBuilder();
    Matcher w = WORD.matcher(rest);
    int last = 0;
    while (w.find()) {
      kept.append(rest, last, w.start());
      kept.append(allowedWords.contains(w.group()) ? " " : w.group());
      last = w.end();
    }
    kept.append(rest.substring(last));
    List<String> out = new ArrayList<>();
    Matcher m = LATIN_RUN.matcher(kept);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The names of the model's labelled enumeration constants (the keys of the labels bundle, such
   * as {@code CAP_BAND} or {@code VOCATIONAL}) in a zh text, quoted or not: zh names a value by
   * its label. Problem and refusal codes are allowed; so is the offending value when the text
   * quotes what the user wrote.
   *
   * @param zh the text
   * @param offending the user's value the text may echo, or null
   * @return the names, empty when the text names none
   */
  List<String> constantLeaks(String zh, String offending) {
    List<String> out = new ArrayList<>();
    Matcher m = CONSTANT.matcher(zh);
    while (m.find()) {
      if (constants.contains(m.group()) && (offending == null
          || !java.util.Arrays.asList(offending.split("[^A-Za-z0-9_]+")).contains(m.group()))) {
        out.add(m.group());
      }
    }
    return out;
  }

  /**
   * The CJK characters of an en text outside quoted data.
   *
   * @param en the text
   * @return the characters, empty when the text is clean
   */
  static List<String> cjkLeaks(String en) {
    String rest = QUOTED.matcher(en).replaceAll(" ");
    List<String> out = new ArrayList<>();
    Matcher m = CJK.matcher(rest);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
