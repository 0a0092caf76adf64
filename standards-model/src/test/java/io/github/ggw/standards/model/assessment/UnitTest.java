package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.UnitType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {
  private static final UnitId ID = UnitId.of("WJ-PS-001");
  private static final DistrictCode WUJIN = DistrictCode.of("320412");

  @Test
  void validUnit() {
    Unit u = new Unit(ID, "常州市武进区实验小学", UnitType.PRIMARY, WUJIN);
    assertThat(u.id()).isEqualTo(ID);
    assertThat(u.name()).isEqualTo("常州市武进区实验小学");
    assertThat(u.type()).isEqualTo(UnitType.PRIMARY);
    assertThat(u.district()).isEqualTo(WUJIN);
    assertThat(u).isEqualTo(new Unit(UnitId.of("WJ-PS-001"), "常州市武进区实验小学",
        UnitType.PRIMARY, DistrictCode.of("320412")));
  }

  @Test
  void nameIsOneTo100Characters() {
    assertThat(new Unit(ID, "校".repeat(100), UnitType.PRIMARY, WUJIN).name()).hasSize(100);
    assertThat(new Unit(ID, "x", UnitType.PRIMARY, WUJIN).name()).hasSize(1);
    assertThrows(StandardsException.class,
        () -> new Unit(ID, "校".repeat(101), UnitType.PRIMARY, WUJIN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000", "\t\n"})
  void blankNameIsRefused(String blank) {
    assertThrows(StandardsException.class, () -> new Unit(ID, blank, UnitType.PRIMARY, WUJIN));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> new Unit(null, "x", UnitType.PRIMARY, WUJIN));
    assertThrows(NullPointerException.class, () -> new Unit(ID, null, UnitType.PRIMARY, WUJIN));
    assertThrows(NullPointerException.class, () -> new Unit(ID, "x", null, WUJIN));
    assertThrows(NullPointerException.class, () -> new Unit(ID, "x", UnitType.PRIMARY, null));
  }
}
