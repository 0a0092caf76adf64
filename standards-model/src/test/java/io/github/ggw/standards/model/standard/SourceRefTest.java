package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.StandardsException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceRefTest {
  private static final String DOC = "《2020年常州市武进区教育局关工委工作要点》";

  @Test
  void validSource() {
    SourceRef s = new SourceRef(DOC, "§四.2", SourceStatus.OFFICIAL, "");
    assertThat(s.document()).isEqualTo(DOC);
    assertThat(s.clause()).isEqualTo("§四.2");
    assertThat(s.status()).isEqualTo(SourceStatus.OFFICIAL);
    assertThat(s.note()).isEmpty();
  }

  @Test
  void documentIsOneTo200Characters() {
    assertThat(new SourceRef("文".repeat(200), "§1", SourceStatus.MODELLED, "x").document())
        .hasSize(200);
    assertThat(new SourceRef("d", "§1", SourceStatus.MODELLED, "x").document()).hasSize(1);
    assertThrows(StandardsException.class,
        () -> new SourceRef("文".repeat(201), "§1", SourceStatus.MODELLED, "x"));
    assertThrows(StandardsException.class,
        () -> new SourceRef("", "§1", SourceStatus.MODELLED, "x"));
    assertThrows(StandardsException.class,
        () -> new SourceRef("  ", "§1", SourceStatus.MODELLED, "x"));
  }

  @Test
  void clauseIsOneTo60Characters() {
    assertThat(new SourceRef(DOC, "c".repeat(60), SourceStatus.OFFICIAL, "").clause()).hasSize(60);
    assertThrows(StandardsException.class,
        () -> new SourceRef(DOC, "c".repeat(61), SourceStatus.OFFICIAL, ""));
    assertThrows(StandardsException.class,
        () -> new SourceRef(DOC, "", SourceStatus.OFFICIAL, ""));
    assertThrows(StandardsException.class,
        () -> new SourceRef(DOC, " \t", SourceStatus.OFFICIAL, ""));
  }

  @Test
  void noteIsAtMost500Characters() {
    assertThat(new SourceRef(DOC, "§1", SourceStatus.MODELLED, "n".repeat(500)).note())
        .hasSize(500);
    assertThrows(StandardsException.class,
        () -> new SourceRef(DOC, "§1", SourceStatus.MODELLED, "n".repeat(501)));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> new SourceRef(null, "§1", SourceStatus.MODELLED, ""));
    assertThrows(NullPointerException.class, () -> new SourceRef(DOC, null, SourceStatus.MODELLED, ""));
    assertThrows(NullPointerException.class, () -> new SourceRef(DOC, "§1", null, ""));
    assertThrows(NullPointerException.class, () -> new SourceRef(DOC, "§1", SourceStatus.MODELLED, null));
  }
}
