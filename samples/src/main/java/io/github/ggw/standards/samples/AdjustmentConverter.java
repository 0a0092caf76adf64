package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.workflow.Adjustment;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --adjust CODE:POINTS:REASON}, such as {@code 2.4:3.5:缺少活动总结}; the separators may
 * be ASCII or full-width colons, and the reason may hold more of them.
 */
final class AdjustmentConverter implements ITypeConverter<Adjustment> {
  @Override
  public Adjustment convert(String value) {
    String[] parts = value.split("[:：]", 3);
    if (parts.length < 3) {
      throw new TypeConversionException("expected CODE:POINTS:REASON, got " + value);
    }
    try {
      return new Adjustment(CriterionCode.of(parts[0].strip()), Points.parse(parts[1]),
          parts[2].strip());
    } catch (StandardsException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
