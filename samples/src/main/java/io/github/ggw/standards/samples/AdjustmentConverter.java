package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.DeficiencyCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --adjust CODE:POINTS:REASON}, such as {@code 2.4:3.5:缺少活动总结}, or, for an item
 * scored by a counted deduction, {@code CODE:D1=2,D2=0:REASON} (the deficiency counts at this
 * stage; codes not named keep their counts); the separators may be ASCII or full-width colons,
 * commas and equals signs, and the reason may hold more colons.
 */
final class AdjustmentConverter implements ITypeConverter<Adjustment> {
  @Override
  public Adjustment convert(String value) {
    String[] parts = value.split("[:：]", 3);
    if (parts.length < 3) {
      throw new TypeConversionException(
          "expected CODE:POINTS:REASON or CODE:D1=2,D2=0:REASON, got " + value);
    }
    try {
      CriterionCode code = CriterionCode.of(parts[0].strip());
      String middle = parts[1].strip();
      if (middle.contains("=") || middle.contains("＝")) {
        return Adjustment.ofCounts(code, counts(middle, value), parts[2].strip());
      }
      return new Adjustment(code, Points.parse(middle), parts[2].strip());
    } catch (StandardsException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** {@code D1=2,D2=0} as counts by code, in the order written. */
  private static DeficiencyCounts counts(String text, String whole) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String entry : text.split("[,，]")) {
      String[] kv = entry.split("[=＝]", -1);
      if (kv.length != 2 || kv[0].isBlank() || !kv[1].strip().matches("[0-9]{1,6}")
          || out.put(kv[0].strip(), Integer.valueOf(kv[1].strip())) != null) {
        throw new TypeConversionException("expected deficiency counts such as D1=2,D2=0"
            + " (each code once, a whole number of at least 0), got " + whole);
      }
    }
    List<DeficiencyCounts.Count> counts = new ArrayList<>();
    out.forEach((k, v) -> counts.add(new DeficiencyCounts.Count(k, v)));
    return DeficiencyCounts.of(counts);
  }
}
