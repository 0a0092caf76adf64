package io.github.ggw.standards.json.assessment;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.CriterionCode;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The JSON shape of a {@link Claim}: {@code code}, {@code points}, {@code narrative} and, for a
 * counted deduction, {@code deficiencies} (counts by code). {@code points} may be left out when
 * counts are given; every other claim needs it, and a missing one is reported as a missing
 * member at {@code …/points}, as before counts existed.
 */
final class ClaimDocument {
  public CriterionCode code;
  public Points points;
  public String narrative;
  public DeficiencyCounts deficiencies;

  /**
   * Reads a claim through its document. Each contextual copy (one per place a mapper reads
   * claims, such as the claims of an assessment) finds the document's deserializer once, on its
   * first claim, instead of once per claim.
   */
  static final class Deserializer extends StdDeserializer<Claim> {
    private volatile ValueDeserializer<Object> documents;

    Deserializer() {
      super(Claim.class);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt,
        BeanProperty property) {
      return new Deserializer();
    }

    @Override
    public Claim deserialize(JsonParser p, DeserializationContext ctxt) {
      ValueDeserializer<Object> read = documents;
      if (read == null) {
        read = ctxt.findRootValueDeserializer(ctxt.constructType(ClaimDocument.class));
        documents = read;
      }
      ClaimDocument d = (ClaimDocument) read.deserialize(p, ctxt);
      DeficiencyCounts counts = d.deficiencies == null ? DeficiencyCounts.NONE
          : d.deficiencies;
      String missing = d.code == null ? "code"
          : d.points == null && counts.isEmpty() ? "points"
          : d.narrative == null ? "narrative" : null;
      if (missing != null) {
        throw MismatchedInputException.from(p, Claim.class,
            "Missing required creator property '" + missing + "'");
      }
      try {
        return d.points == null ? Claim.counted(d.code, Optional.empty(), d.narrative, counts)
            : new Claim(d.code, d.points, d.narrative, counts, true);
      } catch (StandardsException | NullPointerException e) {
        throw ValueInstantiationException.from(p, e.getMessage(),
            ctxt.constructType(Claim.class), e);
      }
    }
  }
}
