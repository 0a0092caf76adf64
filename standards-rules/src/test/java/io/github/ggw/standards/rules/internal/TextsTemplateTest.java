package io.github.ggw.standards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A prepared pattern gives the very text {@link MessageFormat} gives: for every key of both
 * report bundles, and for patterns with quotes, braces in quotes, repeated and unordered
 * placeholders, typed placeholders and too few arguments.
 */
class TextsTemplateTest {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Arguments that a pattern could mistake for its own syntax, one per index. */
  private static String[] arguments(int n) {
    String[] args = new String[n];
    for (int i = 0; i < n; i++) {
      args[i] = "a" + i + "{" + i + "}'";
    }
    return args;
  }

  private static String byMessageFormat(String pattern, String[] args) {
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  @Test
  void everyBundledPatternGivesWhatMessageFormatGives() {
    int checked = 0;
    for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ROOT}) {
      ResourceBundle bundle = ResourceBundle.getBundle("io.github.ggw.standards.rules.texts",
          locale, NO_FALLBACK);
      for (String key : bundle.keySet()) {
        String pattern = bundle.getString(key);
        Texts.Template t = Texts.Template.of(pattern);
        String[] args = arguments(t.arguments());
        assertThat(t.format(args)).as("%s %s", locale, key)
            .isEqualTo(byMessageFormat(pattern, args));
        checked++;
      }
    }
    // both bundles have their keys (59 in English): a test over an empty bundle checks nothing
    assertThat(checked).isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "plain text, no placeholder",
    "{0}",
    "{1} before {0}, {1} again",
    "it''s {0}",
    "'{0}' is quoted, {0} is not",
    "a '{' brace and a '}' brace around {0}",
    "''{0}''",
    "{0}{1}{2}",
    "目标{2}（完成{3}%），得{4}%的分值：{5}分（满分{6}分）",
    "a typed one: {0,number,#.#} and {1}",
    "a choice: {0,choice,0#none|1#one}",
    "a private-use mark \uE000 in the text {0}"})
  void aPatternGivesWhatMessageFormatGives(String pattern) {
    Texts.Template t = Texts.Template.of(pattern);
    String[] args = arguments(t.arguments());
    if (pattern.contains(",number") || pattern.contains(",choice")) {
      // typed placeholders format numbers, not text: no parts, the pattern's own format kept
      assertThat(t.parts()).isNull();
      assertThat(t.messageFormat().toPattern())
          .isEqualTo(new MessageFormat(pattern, Locale.ROOT).toPattern());
      return;
    }
    assertThat(t.format(args)).isEqualTo(byMessageFormat(pattern, args));
  }

  @Test
  void tooFewArgumentsShowThePlaceholdersAsMessageFormatDoes() {
    String pattern = "{0} of {1} and {2}";
    Texts.Template t = Texts.Template.of(pattern);
    String[] one = {"x"};
    // MessageFormat shows a missing argument as its placeholder: "x of {1} and {2}"
    assertThat(t.format(one)).isEqualTo("x of {1} and {2}").isEqualTo(byMessageFormat(pattern,
        one));
  }
}
