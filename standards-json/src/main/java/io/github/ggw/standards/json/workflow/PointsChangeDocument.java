package io.github.ggw.standards.json.workflow;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.workflow.PointsChange;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The JSON shape of a {@link PointsChange}: {@code code}, {@code before}, {@code after} and
 * {@code reason}, all required, and {@code counts} (a counted deduction's deficiency counts after
 * the change) only when the change set counts, so that files written before counts existed read
 * as they did.
 */
final class PointsChangeDocument {
  public CriterionCode code;
  public Points before;
  public Points after;
  public String reason;
  public DeficiencyCounts counts;

  /** Reads a change through its document. */
  static final class Deserializer extends StdDeserializer<PointsChange> {
    Deserializer() {
      super(PointsChange.class);
    }

    @Override
    public PointsChange deserialize(JsonParser p, DeserializationContext ctxt) {
      PointsChangeDocument d = ctxt.readValue(p, PointsChangeDocument.class);
      String missing = d.code == null ? "code" : d.before == null ? "before"
          : d.after == null ? "after" : d.reason == null ? "reason" : null;
      if (missing != null) {
        throw MismatchedInputException.from(p, PointsChange.class,
            "Missing required creator property '" + missing + "'");
      }
      try {
        return new PointsChange(d.code, d.before, d.after, d.reason, d.counts);
      } catch (StandardsException | NullPointerException e) {
        throw ValueInstantiationException.from(p, e.getMessage(),
            ctxt.constructType(PointsChange.class), e);
      }
    }
  }
}
