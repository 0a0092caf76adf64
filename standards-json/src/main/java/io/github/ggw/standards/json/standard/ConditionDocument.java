package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.MeasureRef;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The JSON shape of a {@link Condition}: {@code measure} and {@code comparison} required, then
 * either a numeric {@code bound} or written {@code values}; a mix the model refuses is reported
 * as the model's refusal at the condition.
 */
final class ConditionDocument {
  public MeasureRef measure;
  public Comparison comparison;
  public BigDecimal bound;
  public List<String> values;

  /** Reads {@link Condition} through this document. */
  static final class Deserializer extends StdDeserializer<Condition> {
    Deserializer() {
      super(Condition.class);
    }

    @Override
    public Condition deserialize(JsonParser p, DeserializationContext ctxt) {
      ConditionDocument d = ctxt.readValue(p, ConditionDocument.class);
      for (String[] m : new String[][] {{"measure", d.measure == null ? null : ""},
          {"comparison", d.comparison == null ? null : ""}}) {
        if (m[1] == null) {
          throw MismatchedInputException.from(p, Condition.class,
              "Missing required creator property '" + m[0] + "'");
        }
      }
      try {
        return new Condition(d.measure, d.comparison, d.bound, d.values);
      } catch (StandardsException | NullPointerException e) {
        throw ValueInstantiationException.from(p, e.getMessage(),
            ctxt.constructType(Condition.class), e);
      }
    }
  }
}
