package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.report.HtmlReports;
import io.github.ggw.standards.report.ReportOptions;
import io.github.ggw.standards.report.ScoreSheet;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports of the six bundled samples in both languages, pinned by content: the HTML page as
 * the text of each element (and each chart's text alternative), the XLSX score sheet as the value
 * of each cell, and the command line's text report, against the files in {@code
 * golden/reports/}. The district page of the six is pinned the same way. The Chinese reports
 * name kinds, levels, awards and bands by their labels and hold no enumeration code of the
 * model (problem codes, which integrators quote, excepted).
 *
 * <p>To record them again after a deliberate change, run this test with {@code
 * -Dgolden.record=true}: it writes the files and fails, so a recording run never passes.
 */
class ReportGoldenTest {
  private static final StandardsJson JSON = StandardsJson.create();
  private static final Standard STANDARD = ReferenceData.changzhouStandard();
  private static final Pattern CODE_LIKE = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]+"
      + "(?![A-Za-z0-9_])");

  private static ScoreReport report(String sample) {
    return Scorer.create().score(STANDARD, JSON.readAssessment(ReferenceData.sample(sample))
        .orElseThrow()).orElseThrow();
  }

  private static Locale locale(String lang) {
    return lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /** Each sample in each language. */
  static Stream<Arguments> samples() {
    List<Arguments> all = new ArrayList<>();
    for (String sample : ReferenceData.sampleNames()) {
      for (String lang : List.of("zh", "en")) {
        all.add(Arguments.of(sample.replace(".json", ""), lang));
      }
    }
    return all.stream();
  }

  /** The page as lines: each element that holds text, by tag and classes, then its own text. */
  static String htmlContent(String html) {
    Document doc = Jsoup.parse(html);
    StringBuilder sb = new StringBuilder();
    for (Element e : doc.getAllElements()) {
      String name = e.tagName() + e.classNames().stream().sorted().map(c -> "." + c)
          .collect(Collectors.joining());
      if (e.tagName().equals("img")) {
        sb.append(name).append(" alt: ").append(e.attr("alt")).append('\n');
      } else if (!e.tagName().equals("style") && !e.ownText().isBlank()) {
        sb.append(name).append(": ").append(e.ownText().strip()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The workbook as lines: each cell that holds something, {@code 'Sheet'!A1 = value}. */
  static String xlsxContent(byte[] xlsx) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell c : row) {
            String value = c.getCellType() == CellType.NUMERIC
                ? plain(BigDecimal.valueOf(c.getNumericCellValue()))
                : c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
            if (!value.isEmpty()) {
              sb.append('\'').append(sheet.getSheetName()).append("'!")
                  .append(new CellReference(c).formatAsString(false)).append(" = ")
                  .append(value.replace("\n", " ⏎ ")).append('\n');
            }
          }
        }
      }
    }
    return sb.toString();
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("samples")
  void theReportsOfASampleEqualTheGoldenFiles(String sample, String lang) throws IOException {
    ScoreReport r = report(sample + ".json");
    ReportOptions options = ReportOptions.of(locale(lang), STANDARD);
    String html = htmlContent(HtmlReports.unitReport(r, options));
    String xlsx = xlsxContent(ScoreSheet.of(r).toXlsx(options));
    String text = TextReport.render(r, STANDARD, new Words(locale(lang)));
    compare(sample + "." + lang, html, xlsx, text);
    if (lang.equals("zh")) {
      assertNoEnumCode(sample + " HTML", html);
      assertNoEnumCode(sample + " XLSX", xlsx);
      assertNoEnumCode(sample + " text", text);
    }
  }

  @ParameterizedTest(name = "district page {0}")
  @MethodSource("languages")
  void theDistrictPageEqualsTheGoldenFile(String lang) throws IOException {
    List<ScoreReport> reports = ReferenceData.sampleNames().stream()
        .map(ReportGoldenTest::report).toList();
    ReportOptions options = ReportOptions.of(locale(lang), STANDARD);
    String html = htmlContent(HtmlReports.districtReport(reports, options));
    String xlsx = xlsxContent(ScoreSheet.batchXlsx(reports.stream().map(ScoreSheet::of)
        .toList(), options));
    compare("district." + lang, html, xlsx, null);
    if (lang.equals("zh")) {
      assertNoEnumCode("district HTML", html);
      assertNoEnumCode("district XLSX", xlsx);
      // bands by label, in the chart's alternative text and its legend
      assertThat(html).contains("img.chart alt: 各等级单位数条形图：优秀 1; 良好 2; 合格 1; 不合格 2",
          "li: 优秀 1", "li: 不合格 2");
    }
  }

  static Stream<String> languages() {
    return Stream.of("zh", "en");
  }

  /**
   * Labels where codes were: the kinds of a rule's measure, levels and awards as "or above", and
   * the charts' dimension titles in their alternative text and legend.
   */
  @Test
  void theChineseReportsNameKindsLevelsAwardsAndDimensionsByLabel() throws IOException {
    ScoreReport failing = report("02-failing-junior.json");
    ReportOptions zh = ReportOptions.of(Locale.SIMPLIFIED_CHINESE, STANDARD);
    String html = htmlContent(HtmlReports.unitReport(failing, zh));
    String text = TextReport.render(failing, STANDARD, new Words(Locale.SIMPLIFIED_CHINESE));
    String xlsx = xlsxContent(ScoreSheet.of(failing).toXlsx(zh));
    for (String out : List.of(html, text, xlsx)) {
      assertThat(out).contains("主题活动类别数（演讲比赛、读书征文、朗诵比赛、科技短视频创作）",
          "主题活动次数（区级及以上、三等奖及以上）");
    }
    assertThat(htmlContent(HtmlReports.unitReport(report("01-excellent-primary.json"), zh)))
        .contains("主题活动次数（市级及以上、一等奖及以上）");
    assertThat(html).contains("img.chart alt: 各一级指标得分率雷达图：1 组织领导 12.5%; 2 思想道德教育 "
            + "17.5%; 3 关爱帮扶 20%; 4 队伍建设 12.5%; 5 调研宣传与创新 17.5%",
        "li: 1 组织领导 12.5%", "li: 5 调研宣传与创新 17.5%", "li: 满分", "li: 得分率");
  }

  /** The names of every enumeration constant of the model but the problem codes. */
  static Set<String> modelEnumCodes() {
    Set<String> codes = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.ggw.standards.model")) {
      if (c.isEnum() && !c.isEquivalentTo(ProblemCode.class)) {
        Arrays.stream(c.reflect().getEnumConstants())
            .map(e -> ((Enum<?>) e).name()).forEach(codes::add);
      }
    }
    return codes;
  }

  private static final Set<String> CODES = modelEnumCodes();

  private static void assertNoEnumCode(String what, String content) {
    assertThat(CODES).contains("SPEECH_CONTEST", "CITY", "FIRST_PRIZE", "BLUE_GREEN_PAIR",
        "EXCELLENT", "CORE");
    Set<String> found = new TreeSet<>();
    Matcher m = CODE_LIKE.matcher(content);
    while (m.find()) {
      if (CODES.contains(m.group())) {
        found.add(m.group());
      }
    }
    assertThat(found).as(what + " shows enum codes").isEmpty();
  }

  @Test
  void theCodeCheckFindsACodeWhereThereIsOne() {
    assertThat(CODES.contains("READING_ESSAY")).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertNoEnumCode("probe",
        "主题活动类别数 [READING_ESSAY,RECITATION]")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("READING_ESSAY");
  }

  private static void compare(String base, String html, String xlsx, String text)
      throws IOException {
    if (Boolean.getBoolean("golden.record")) {
      Path folder = Path.of("src", "test", "resources", "golden", "reports");
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(base + ".html.txt"), html, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(base + ".xlsx.txt"), xlsx, StandardCharsets.UTF_8);
      if (text != null) {
        Files.writeString(folder.resolve(base + ".txt"), text, StandardCharsets.UTF_8);
      }
      throw new AssertionError("recorded golden/reports/" + base
          + ": run again without golden.record");
    }
    assertThat(html).isEqualTo(golden(base + ".html.txt"));
    assertThat(xlsx).isEqualTo(golden(base + ".xlsx.txt"));
    if (text != null) {
      assertThat(text).isEqualTo(golden(base + ".txt"));
    }
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = ReportGoldenTest.class.getClassLoader()
        .getResourceAsStream("golden/reports/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
