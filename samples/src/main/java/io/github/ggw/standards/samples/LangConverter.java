package io.github.ggw.standards.samples;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --lang}: {@code zh-CN} (or {@code zh}) and {@code en}. */
final class LangConverter implements ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    return switch (value) {
      case "zh-CN", "zh", "zh_CN" -> Locale.SIMPLIFIED_CHINESE;
      case "en" -> Locale.ENGLISH;
      default -> throw new TypeConversionException("expected zh-CN or en, got " + value);
    };
  }
}
