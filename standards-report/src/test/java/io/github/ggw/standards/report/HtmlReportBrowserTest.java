package io.github.ggw.standards.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser: headless Chromium (Debian packages {@code chromium} and {@code
 * fonts-noto-cjk}) loads a bundled sample's page from a file, dumps its DOM, takes a screenshot and
 * prints it to PDF. Runs with {@code mvn -B verify -Pbrowser}; the binary is {@code chromium} on the
 * PATH or the system property {@code chromium.binary}. The files stay in {@code
 * target/browser/} to be looked at.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  private static final Path DIR = Paths.get("target", "browser").toAbsolutePath();
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking");
  private static final long TIMEOUT_SECONDS = 120;

  private static ScoreReport report;
  private static Path page;

  @BeforeAll
  static void writePage() throws IOException {
    Files.createDirectories(DIR);
    report = SampleReports.report("01-excellent-primary.json");
    page = DIR.resolve("01-excellent-primary.html");
    Files.writeString(page, HtmlReports.unitReport(report, SampleReports.ZH),
        StandardCharsets.UTF_8);
  }

  @Test
  void domAsTheBrowserBuiltIt() throws Exception {
    String dom = chromium("dom", "--dump-dom", page.toUri().toString());
    Document d = Jsoup.parse(dom);
    assertThat(d.title()).isEqualTo("武进区星河实验小学（虚构） · 2022年度 · 评分报告");
    // 100.875 rounded once to 0.1 HALF_UP
    assertThat(d.getElementById("total").text()).isEqualTo("100.9");
    assertThat(d.select("tr.item")).hasSize(report.items().size()).hasSize(33);
    List<Element> charts = d.select("img.chart");
    assertThat(charts).hasSize(2);
    for (Element img : charts) {
      BufferedImage png = Pictures.fromDataUri(img.attr("src"));
      assertThat(Pictures.inkShare(png)).isGreaterThan(0.02);
    }
  }

  /**
   * In the page the browser built, the radar chart's text alternative and legend name every
   * dimension by its title, and the bands chart's every band by its label; the page's text shows
   * no enumeration code of the model.
   */
  @Test
  void chartsAndTextAreInTheReportsLanguage() throws Exception {
    Document d = Jsoup.parse(chromium("words", "--dump-dom", page.toUri().toString()));
    Element radar = d.selectFirst("figure.radar");
    List<String> titles = report.dimensions().stream().map(x -> x.title().zh()).toList();
    assertThat(titles).hasSize(5).contains("组织领导", "调研宣传与创新");
    String legend = radar.select("ul.legend li").text();
    for (String title : titles) {
      assertThat(radar.selectFirst("img.chart").attr("alt")).contains(title);
      assertThat(legend).contains(title);
    }
    // the series by name (not "100%" and "%"), each spoke by title (not "1 100%")
    assertThat(radar.select("ul.legend li").eachText()).startsWith("满分", "得分率")
        .contains("1 组织领导 100%").doesNotContain("100%", "%", "1 100%");
    assertNoEnumCode(d.body().text());
    Path batch = DIR.resolve("district-words.html");
    Files.writeString(batch, HtmlReports.districtReport(SampleReports.all(), SampleReports.ZH),
        StandardCharsets.UTF_8);
    Document district = Jsoup.parse(chromium("district-words", "--dump-dom",
        batch.toUri().toString()));
    Element bands = district.selectFirst("figure.bands-chart");
    assertThat(bands.selectFirst("img.chart").attr("alt")).contains("优秀", "良好", "合格", "不合格");
    assertThat(bands.select("ul.legend li").eachText())
        .contains("优秀 1", "良好 2", "合格 1", "不合格 2");
    Element boxes = district.selectFirst("figure.dimensions-chart");
    for (String title : titles) {
      assertThat(boxes.selectFirst("img.chart").attr("alt")).contains(title);
      assertThat(boxes.select("ul.legend li").text()).contains(title);
    }
    assertNoEnumCode(district.body().text());
  }

  /** No whole word of the text is the name of an enumeration constant of the model. */
  static void assertNoEnumCode(String text) {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (Class<?> e : List.of(io.github.ggw.standards.model.evidence.ActivityKind.class,
        io.github.ggw.standards.model.evidence.Level.class,
        io.github.ggw.standards.model.evidence.Award.class,
        io.github.ggw.standards.model.evidence.MentoringKind.class,
        io.github.ggw.standards.model.evidence.IncidentKind.class,
        io.github.ggw.standards.model.evidence.Tier.class,
        io.github.ggw.standards.model.evidence.DesignationKind.class,
        io.github.ggw.standards.model.standard.Rating.class,
        io.github.ggw.standards.model.standard.CriterionKind.class,
        io.github.ggw.standards.model.standard.UnitType.class)) {
      for (Object c : e.getEnumConstants()) {
        codes.add(((Enum<?>) c).name());
      }
    }
    Matcher m = Pattern.compile("[A-Z][A-Z0-9_]+").matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      if (codes.contains(m.group())) {
        found.add(m.group());
      }
    }
    assertThat(found).as("enum codes on the page").isEmpty();
  }

  @Test
  void screenshotIsNotBlank() throws Exception {
    Path shot = DIR.resolve("01-excellent-primary.png");
    Files.deleteIfExists(shot);
    chromium("shot", "--hide-scrollbars", "--window-size=1200,1800",
        "--screenshot=" + shot, page.toUri().toString());
    BufferedImage image = Pictures.png(Files.readAllBytes(shot));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(Pictures.inkShare(image)).isGreaterThan(0.05);
    assertThat(Pictures.colours(image, 1000)).isGreaterThan(50);
  }

  @Test
  void printsOnA4WithAPagePerDimension() throws Exception {
    Path pdf = DIR.resolve("01-excellent-primary.pdf");
    Files.deleteIfExists(pdf);
    chromium("pdf", "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
        page.toUri().toString());
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    // header and charts, then five dimensions each from a new page, bonus and veto items after
    Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
    int count = 0;
    while (pages.find()) {
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(6);
    // A4 is 595 × 842 points
    assertThat(text).containsPattern("/MediaBox\\s*\\[0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\]");
  }

  @Test
  void districtPage() throws Exception {
    Path batch = DIR.resolve("district.html");
    Files.writeString(batch, HtmlReports.districtReport(SampleReports.all(), SampleReports.ZH),
        StandardCharsets.UTF_8);
    Document d = Jsoup.parse(chromium("district", "--dump-dom", batch.toUri().toString()));
    assertThat(d.title()).isEqualTo("6 个单位评分汇总 · 2022年度");
    assertThat(d.select("img.chart")).hasSize(3);
    assertThat(d.select("table.certified tr.unit").eachAttr("data-unit"))
        .containsExactly("WJ-PS-001");
    Path shot = DIR.resolve("district.png");
    Files.deleteIfExists(shot);
    chromium("district-shot", "--hide-scrollbars", "--window-size=1200,2400",
        "--screenshot=" + shot, batch.toUri().toString());
    assertThat(Pictures.inkShare(Pictures.png(Files.readAllBytes(shot)))).isGreaterThan(0.05);
  }

  /** Runs headless Chromium with the flags and a profile of its own; returns standard output. */
  static String chromium(String name, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("chromium.binary", "chromium"));
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + DIR.resolve("profile-" + name));
    command.addAll(List.of(args));
    Path out = DIR.resolve(name + ".out");
    Path err = DIR.resolve(name + ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    assertThat(p.exitValue()).as("chromium exit code; stderr in %s", err).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
