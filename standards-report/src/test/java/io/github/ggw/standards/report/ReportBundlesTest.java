package io.github.ggw.standards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report's words exist in both languages, and none breaks MessageFormat. */
class ReportBundlesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ReportBundlesTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void sameKeysInBothLanguagesAndNoApostrophes() throws IOException {
    Properties en = load("report.properties");
    Properties zh = load("report_zh.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (Properties p : new Properties[] {en, zh}) {
      p.forEach((k, v) -> assertThat(v.toString()).as("%s", k).doesNotContain("'"));
    }
  }
}
