package io.github.ggw.standards.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

  @Test
  void keepsBothTexts() {
    LocalizedText t = LocalizedText.of("组织建设", "Organisation");
    assertThat(t.zh()).isEqualTo("组织建设");
    assertThat(t.en()).isEqualTo("Organisation");
    assertThat(t.toString()).isEqualTo("组织建设 / Organisation");
  }

  @Test
  void picksTheLanguageOfTheLocaleNeverTheDefault() {
    LocalizedText t = LocalizedText.of("组织建设", "Organisation");
    assertThat(t.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("组织建设");
    assertThat(t.in(Locale.CHINESE)).isEqualTo("组织建设");
    assertThat(t.in(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo("组织建设");
    assertThat(t.in(Locale.ENGLISH)).isEqualTo("Organisation");
    assertThat(t.in(Locale.ROOT)).isEqualTo("Organisation");
    // surefire runs with tr_TR as the default locale
    assertThat(t.in(Locale.forLanguageTag("tr-TR"))).isEqualTo("Organisation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n", "\u3000"})
  void blankTextIsRefusedInEitherLanguage(String blank) {
    assertThrows(StandardsException.class, () -> LocalizedText.of(blank, "title"));
    assertThrows(StandardsException.class, () -> LocalizedText.of("标题", blank));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> LocalizedText.of(null, "title"));
    assertThrows(NullPointerException.class, () -> LocalizedText.of("标题", null));
  }

  @Test
  void atMost2000Characters() {
    String zh2000 = "字".repeat(2000);
    String en2000 = "a".repeat(2000);
    assertThat(LocalizedText.of(zh2000, en2000).zh()).hasSize(2000);
    assertThat(LocalizedText.of("x", "y").en()).hasSize(1);

    assertThrows(StandardsException.class, () -> LocalizedText.of(zh2000 + "字", "title"));
    assertThrows(StandardsException.class, () -> LocalizedText.of("标题", en2000 + "a"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(LocalizedText.of("优秀", "excellent"), new LocalizedText("优秀", "excellent"))
        .addEqualityGroup(LocalizedText.of("优秀", "Excellent"))
        .addEqualityGroup(LocalizedText.of("良好", "excellent"))
        .testEquals();
  }
}
