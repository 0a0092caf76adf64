package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.workflow.ActorId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --actor ID}, such as {@code WJ-REV-01}. */
final class ActorIdConverter implements ITypeConverter<ActorId> {
  @Override
  public ActorId convert(String value) {
    try {
      return ActorId.of(value);
    } catch (StandardsException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
