package io.github.ggw.standards.json;

import io.github.ggw.standards.model.evidence.Evidence;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

/** Moves every date of a piece of evidence (a record) one year back, for earlier-year samples. */
final class YearShift {
  private YearShift() {}

  static Evidence back(Evidence e) {
    try {
      RecordComponent[] parts = e.getClass().getRecordComponents();
      Object[] values = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        Object v = parts[i].getAccessor().invoke(e);
        values[i] = v instanceof LocalDate d ? d.minusYears(1) : v;
        types[i] = parts[i].getType();
      }
      Constructor<? extends Evidence> c = e.getClass().getDeclaredConstructor(types);
      return c.newInstance(values);
    } catch (ReflectiveOperationException x) {
      throw new IllegalStateException("evidence is a record: " + e.getClass(), x);
    }
  }
}
