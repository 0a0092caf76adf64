package io.github.ggw.standards.samples;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --lang}: {@code zh}, {@code zh-CN}, {@code zh_CN}, {@code en}, {@code en-US} or
 * {@code en_US}, in any case (the usage error for any other value is localised by {@link
 * UsageErrors}).
 */
final class LangConverter implements ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    return Languages.parse(value).orElseThrow(() -> new TypeConversionException(
        "expected zh-CN or en, got " + value));
  }
}
