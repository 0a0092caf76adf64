package io.github.ggw.standards.samples;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The program's language (zh-CN or en), decided before the command line is parsed so that help
 * and usage errors are in it too: {@code --lang} when given with a value it accepts ({@code zh},
 * {@code zh-CN}, {@code zh_CN}, {@code en}, {@code en-US}, {@code en_US}, in any case); else the
 * first of {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} whose value starts with {@code zh}
 * or {@code en}; else zh-CN ({@code C}, {@code POSIX} and every other value fall back to it).
 */
final class Languages {
  /** The environment variables read, in order. */
  static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

  private Languages() {}

  /**
   * The language a {@code --lang} value names.
   *
   * @param value the value as typed
   * @return zh-CN or English, or empty when the value names neither
   */
  static Optional<Locale> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "zh", "zh-cn", "zh_cn" -> Optional.of(Locale.SIMPLIFIED_CHINESE);
      case "en", "en-us", "en_us" -> Optional.of(Locale.ENGLISH);
      default -> Optional.empty();
    };
  }

  /**
   * The language the environment asks for.
   *
   * @param env the environment variables
   * @return the language of the first of {@link #VARIABLES} that starts with zh or en; zh-CN
   *     when none does
   */
  static Locale fromEnvironment(Map<String, String> env) {
    for (String name : VARIABLES) {
      String value = env.get(name);
      String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
      if (v.startsWith("zh")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if (v.startsWith("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }

  /**
   * The language of a run: the first accepted {@code --lang} value among the arguments (before
   * {@code --}), else the environment's.
   *
   * @param args the command line
   * @param env the environment variables
   * @return zh-CN or English
   */
  static Locale resolve(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ("--".equals(a)) {
        break;
      }
      Optional<Locale> found = Optional.empty();
      if ("--lang".equals(a) && i + 1 < args.length) {
        found = parse(args[i + 1]);
      } else if (a != null && a.startsWith("--lang=")) {
        found = parse(a.substring("--lang=".length()));
      }
      if (found.isPresent()) {
        return found.get();
      }
    }
    return fromEnvironment(env);
  }

  /**
   * The tag {@code --lang} shows for a language.
   *
   * @param locale zh-CN or English
   * @return {@code zh-CN} or {@code en}
   */
  static String tag(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
  }
}
