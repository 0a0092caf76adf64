package io.github.ggw.standards.rules.check;

import io.github.ggw.standards.rules.internal.EvidenceRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.FactValue;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The direct reads of evidence records ({@link EvidenceRecords}, {@link RecordComponents}) against
 * reflection, for every record
 * {@link Evidence} permits: the kind number is the kind's position in the registry, every
 * component read is the record's own value (each component of a record built with a different
 * value, so that two positions mixed up would show), a position past the last is refused, and
 * the date the pre-pass and the evidence index take for a record's year is what {@link
 * Evidence#dated()} gives.
 */
class EvidenceRecordsTest {
  /** One record of each permitted class, its components all different. */
  static List<Evidence> oneOfEach() throws ReflectiveOperationException {
    List<Evidence> out = new ArrayList<>();
    for (Class<?> type : Evidence.class.getPermittedSubclasses()) {
      if (type == FactValue.class) {
        out.add(FactValue.of("unit.pupils", BigDecimal.valueOf(7)));
        continue;
      }
      RecordComponent[] parts = type.getRecordComponents();
      Object[] values = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      for (int c = 0; c < parts.length; c++) {
        types[c] = parts[c].getType();
        values[c] = value(types[c], c);
      }
      out.add((Evidence) type.getDeclaredConstructor(types).newInstance(values));
    }
    return out;
  }

  private static Object value(Class<?> t, int c) {
    if (t == int.class) {
      return 3 + c;
    } else if (t == boolean.class) {
      return c % 2 == 0;
    } else if (t == BigDecimal.class) {
      return BigDecimal.valueOf(2 + c);
    } else if (t == LocalDate.class) {
      return LocalDate.of(2022, 3, 1).plusDays(c);
    } else if (t == String.class) {
      return c == 3 ? "" : "文本" + c;
    } else if (t == ElderRef.class) {
      return ElderRef.of("E" + c);
    } else if (t.isEnum()) {
      Object[] all = t.getEnumConstants();
      return all[c % all.length];
    }
    throw new IllegalArgumentException(t.getName());
  }

  @Test
  void everyPermittedRecordAndComponentReadsAsReflectionDoes() throws Exception {
    List<Evidence> records = oneOfEach();
    assertThat(records).hasSize(EvidenceRecords.KINDS);
    for (Evidence e : records) {
      int k = EvidenceRecords.kindOf(e);
      assertThat(k).as(e.getClass().getSimpleName())
          .isEqualTo(EvidenceKinds.all().indexOf(EvidenceKinds.of(e)));
      RecordComponent[] parts = e.getClass().getRecordComponents();
      for (int c = 0; c < parts.length; c++) {
        assertThat(RecordComponents.component(e, k, c)).as(e.getClass().getSimpleName() + "." + parts[c]
            .getName()).isEqualTo(parts[c].getAccessor().invoke(e));
      }
      int past = parts.length;
      assertThatThrownBy(() -> RecordComponents.component(e, k, past))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Test
  void theDatePlacingARecordInAYearIsDated() throws Exception {
    for (Evidence e : oneOfEach()) {
      int k = EvidenceRecords.kindOf(e);
      int at = Plausibility.SHAPES[k].datedAt;
      Object read = at < 0 ? null : RecordComponents.component(e, k, at);
      assertThat(read).as(e.getClass().getSimpleName()).isEqualTo(e.dated().orElse(null));
      // and the evidence index's read of it
      assertThat(EvidenceRecords.dated(e, k)).as(e.getClass().getSimpleName())
          .isEqualTo(e.dated().orElse(null));
    }
  }
}
