package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.FactType;
import io.github.ggw.standards.model.standard.ImmutableDeclaredFact;
import io.github.ggw.standards.model.standard.SourceRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The JSON shape of a {@link DeclaredFact}: one entry of the standard's {@code facts}. */
final class FactDocument {
  public String code;
  public LocalizedText title;
  public FactType type;
  public List<String> choices;
  public BigDecimal min;
  public BigDecimal max;
  public String unit;
  public SourceRef source;

  static FactDocument from(DeclaredFact f) {
    FactDocument d = new FactDocument();
    d.code = f.getCode();
    d.title = f.getTitle();
    d.type = f.getType();
    d.choices = f.getChoices().isEmpty() ? null : f.getChoices();
    d.min = f.getMin().orElse(null);
    d.max = f.getMax().orElse(null);
    d.unit = f.getUnit().orElse(null);
    d.source = f.getSource();
    return d;
  }

  /** The declaration, or null after recording problems under {@code at}. */
  DeclaredFact toModel(String at, Binder b) {
    b.require(code, at, "code");
    b.require(title, at, "title");
    b.require(type, at, "type");
    b.require(source, at, "source");
    b.requireElements(choices, at + "/choices");
    if (code == null || title == null || type == null || source == null) {
      return null;
    }
    ImmutableDeclaredFact.Builder builder = DeclaredFact.builder().code(code).title(title)
        .type(type).source(source).min(Optional.ofNullable(min)).max(Optional.ofNullable(max))
        .unit(Optional.ofNullable(unit));
    Optional.ofNullable(choices).ifPresent(builder::addAllChoices);
    return b.attempt(builder::build, at);
  }
}
