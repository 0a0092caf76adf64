package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help of the root command and of every command, from the bundles: Chinese by default,
 * English with {@code --lang en} (in any case, with or without a region: {@code EN}, {@code
 * en-US}, {@code en_US}) and with an English locale
 * environment, Chinese with {@code LANG=C}; every description present in both languages.
 */
class HelpLanguageTest {

  private static CommandLine commandLine(Locale language) {
    return StandardsCommand.commandLine(new Environment(Map.of(), InputStream.nullInputStream(),
        language));
  }

  /** The root command ({@code ""}) and every command. */
  static Stream<String> commands() {
    List<String> names = new ArrayList<>(List.of(""));
    names.addAll(commandLine(Locale.SIMPLIFIED_CHINESE).getSubcommands().keySet());
    return names.stream();
  }

  private static CommandSpec spec(Locale language, String command) {
    CommandLine root = commandLine(language);
    return (command.isEmpty() ? root : root.getSubcommands().get(command)).getCommandSpec();
  }

  private static String[] helpArgs(String command, String... more) {
    List<String> args = new ArrayList<>();
    if (!command.isEmpty()) {
      args.add(command);
    }
    args.add("--help");
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** The command's description in a language, without white space (help wraps lines). */
  private static String description(Locale language, String command) {
    return squeeze(String.join("", spec(language, command).usageMessage().description()));
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN);
  }

  /** The output footer of a command with --output: its required form, or the optional one. */
  private static void assertFooter(Cli.Run r, Locale language, String command, String required,
      String optional) {
    var output = spec(language, command).findOption("--output");
    if (output == null) {
      return;
    }
    if (output.required()) {
      assertThat(r.out()).contains(required).doesNotContain(optional);
    } else {
      assertThat(r.out()).contains(optional);
    }
  }

  private static void assertChinese(Cli.Run r, String command) {
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("用法：standards" + (command.isEmpty() ? "" : " " + command))
        .contains("选项：", "显示本帮助并退出。")
        .doesNotContain("Usage:", "Options:", "Show this help message");
    assertThat(squeeze(r.out())).contains(description(Locale.SIMPLIFIED_CHINESE, command))
        .doesNotContain(description(Locale.ENGLISH, command));
    // a command that must write a file does not describe a form without --output
    assertFooter(r, Locale.SIMPLIFIED_CHINESE, command, "输出：写入 --output 指定的文件",
        "输出：不加 --output 时");
  }

  private static void assertEnglish(Cli.Run r, String command) {
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Usage: standards" + (command.isEmpty() ? "" : " " + command))
        .contains("Options:", "Show this help message and exit.")
        .doesNotContain("用法", "选项：", "显示本帮助");
    assertThat(squeeze(r.out())).contains(description(Locale.ENGLISH, command))
        .doesNotContain(description(Locale.SIMPLIFIED_CHINESE, command));
    assertFooter(r, Locale.ENGLISH, command, "Output: written to the file given with --output",
        "Output: without --output");
  }

  @ParameterizedTest(name = "standards {0} --help")
  @MethodSource("commands")
  void helpIsChineseByDefault(String command) {
    assertChinese(Cli.zh(helpArgs(command)), command);
  }

  @ParameterizedTest(name = "standards {0} --help with LANG=C")
  @MethodSource("commands")
  void helpIsChineseWithTheCLocale(String command) {
    assertChinese(Cli.run(Map.of("LANG", "C"), helpArgs(command)), command);
    assertChinese(Cli.run(Map.of("LC_ALL", "POSIX", "LANG", "C.UTF-8"), helpArgs(command)),
        command);
  }

  @ParameterizedTest(name = "standards {0} --help with LANG=en_US.UTF-8")
  @MethodSource("commands")
  void helpIsEnglishWithAnEnglishLocale(String command) {
    assertEnglish(Cli.run(Cli.ENGLISH, helpArgs(command)), command);
  }

  @ParameterizedTest(name = "standards {0} --help --lang en")
  @MethodSource("commands")
  void helpIsEnglishWithLangEn(String command) {
    if (command.isEmpty()) {
      return; // the root command has no --lang: its language comes from the environment
    }
    assertEnglish(Cli.zh(helpArgs(command, "--lang", "en")), command);
    assertChinese(Cli.run(Cli.ENGLISH, helpArgs(command, "--lang", "zh")), command);
  }

  @ParameterizedTest(name = "--lang {0}")
  @CsvSource({"en, en", "EN, en", "en-US, en", "En-us, en", "en_US, en", "zh, zh", "ZH, zh",
      "zh-CN, zh", "zh_CN, zh", "zh-cn, zh", "ZH_cn, zh"})
  void langAcceptsEverySpellingInAnyCase(String value, String expected) {
    Cli.Run r = Cli.zh("work-points", "--lang", value, "--help");
    if (expected.equals("en")) {
      assertEnglish(r, "work-points");
    } else {
      assertChinese(r, "work-points");
    }
    Cli.Run equals = Cli.zh("work-points", "--lang=" + value, "--help");
    assertThat(equals.out()).isEqualTo(r.out());
  }

  /**
   * The first of LC_ALL, LC_MESSAGES and LANG that starts with zh or en decides; any other value
   * (C, POSIX, fr_FR…) does not, and with none the language is zh-CN.
   */
  @ParameterizedTest(name = "LC_ALL={0} LC_MESSAGES={1} LANG={2}: {3}")
  @CsvSource(nullValues = "-", value = {
      "-, -, -, zh",
      "-, -, C, zh",
      "-, -, POSIX, zh",
      "-, -, fr_FR.UTF-8, zh",
      "-, -, en_US.UTF-8, en",
      "-, -, en, en",
      "-, -, EN_gb, en",
      "-, -, zh_CN.UTF-8, zh",
      "-, -, zh_TW.UTF-8, zh",
      "zh_CN.UTF-8, -, en_US.UTF-8, zh",
      "en_US.UTF-8, -, zh_CN.UTF-8, en",
      "-, en_US.UTF-8, zh_CN.UTF-8, en",
      "C, -, en_US.UTF-8, en",
      "C, POSIX, -, zh",
      "'', '', en_US.UTF-8, en"})
  void theEnvironmentDecidesWithoutLang(String lcAll, String lcMessages, String lang,
      String expected) {
    Map<String, String> env = new HashMap<>();
    put(env, "LC_ALL", lcAll);
    put(env, "LC_MESSAGES", lcMessages);
    put(env, "LANG", lang);
    assertThat(Languages.fromEnvironment(env).getLanguage()).isEqualTo(expected);
    Cli.Run r = Cli.run(env, "score", "--help");
    if (expected.equals("en")) {
      assertEnglish(r, "score");
      assertThat(r.out()).contains("(default en:");
    } else {
      assertChinese(r, "score");
      assertThat(r.out()).contains("默认 zh-CN：");
    }
  }

  private static void put(Map<String, String> env, String name, String value) {
    if (value != null) {
      env.put(name, value);
    }
  }

  @Test
  void langBeatsTheEnvironmentAndAnUnacceptedValueDoesNot() {
    assertThat(Languages.resolve(new String[] {"score", "--lang", "en"}, Map.of("LANG", "zh_CN")))
        .isEqualTo(Locale.ENGLISH);
    assertThat(Languages.resolve(new String[] {"score", "--lang=zh"}, Cli.ENGLISH))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Languages.resolve(new String[] {"score", "--lang", "fr"}, Cli.ENGLISH))
        .isEqualTo(Locale.ENGLISH);
    assertThat(Languages.resolve(new String[] {"score", "--", "--lang", "en"}, Map.of()))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Languages.parse("fr")).isEmpty();
    assertThat(Languages.parse("english")).isEmpty();
  }

  /**
   * Every command, option and parameter has its description in both bundles: not empty, the
   * Chinese one with Chinese characters, and the two different.
   */
  @ParameterizedTest(name = "descriptions of standards {0}")
  @MethodSource("commands")
  void everyDescriptionIsInBothBundles(String command) {
    CommandSpec zh = spec(Locale.SIMPLIFIED_CHINESE, command);
    CommandSpec en = spec(Locale.ENGLISH, command);
    assertThat(String.join(" ", zh.usageMessage().description())).matches(s -> hasHan(s),
        "has Chinese characters");
    assertThat(String.join(" ", en.usageMessage().description())).isNotBlank();
    List<ArgSpec> zhArgs = new ArrayList<>(zh.options());
    zhArgs.addAll(zh.positionalParameters());
    List<ArgSpec> enArgs = new ArrayList<>(en.options());
    enArgs.addAll(en.positionalParameters());
    assertThat(zhArgs).isNotEmpty().hasSameSizeAs(enArgs);
    for (int i = 0; i < zhArgs.size(); i++) {
      String zhText = String.join(" ", zhArgs.get(i).description());
      String enText = String.join(" ", enArgs.get(i).description());
      String what = command + " " + UsageErrors.name(zhArgs.get(i));
      assertThat(zhText).as(what).matches(s -> hasHan(s), "has Chinese characters");
      assertThat(enText).as(what).isNotBlank().isNotEqualTo(zhText);
    }
  }

  /** Both languages of each bundle have the same keys: nothing is left untranslated. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"help", "cli"})
  void bothLanguagesOfABundleHaveTheSameKeys(String bundle) throws Exception {
    assertThat(new TreeSet<>(keys(bundle + "_zh.properties")).toString())
        .isEqualTo(new TreeSet<>(keys(bundle + ".properties")).toString());
  }

  private static Set<String> keys(String file) throws Exception {
    Properties p = new Properties();
    try (InputStream in = HelpLanguageTest.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }
}
