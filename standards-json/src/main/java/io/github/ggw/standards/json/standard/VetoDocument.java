package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.json.internal.ViaDocument;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.rule.VetoEffect;
import java.util.Optional;

/**
 * The JSON shape of a {@link Veto}: the condition, and an optional effect ({@code FAIL} when
 * absent, so sheets written before effects existed read as before) and band cap.
 */
final class VetoDocument {
  public Condition triggeredWhen;
  public VetoEffect effect;
  public Rating capBand;

  /** Reads {@link Veto} through this document; a missing condition is a missing member. */
  static ViaDocument<VetoDocument, Veto> deserializer() {
    return new ViaDocument<>(Veto.class, VetoDocument.class, "triggeredWhen",
        d -> d.triggeredWhen, d -> new Veto(d.triggeredWhen,
            d.effect == null ? VetoEffect.FAIL : d.effect, Optional.ofNullable(d.capBand)));
  }
}
