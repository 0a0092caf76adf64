package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.plan.AnnualTarget;
import io.github.ggw.standards.model.plan.Metric;
import io.github.ggw.standards.model.plan.MetricUnit;
import io.github.ggw.standards.model.plan.TargetId;
import io.github.ggw.standards.model.plan.TargetScope;
import io.github.ggw.standards.model.rule.Comparison;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The JSON shape of an {@link AnnualTarget}: the scope is the optional member {@code unitType}
 * (absent for the whole district), the band the optional member {@code band}.
 */
final class TargetDocument {
  public TargetId id;
  public Integer year;
  public Metric metric;
  public UnitType unitType;
  public Comparison comparator;
  public BigDecimal value;
  public MetricUnit unit;
  public Rating band;
  public SourceRef source;

  static TargetDocument from(AnnualTarget t) {
    TargetDocument d = new TargetDocument();
    d.id = t.id();
    d.year = t.year();
    d.metric = t.metric();
    d.unitType = t.scope().unitType().orElse(null);
    d.comparator = t.comparator();
    d.value = t.value();
    d.unit = t.unit();
    d.band = t.band().orElse(null);
    d.source = t.source();
    return d;
  }

  /** The target, or null after recording problems at {@code at}. */
  AnnualTarget toModel(String at, Binder b) {
    Object[] members = {id, year, metric, comparator, value, unit, source};
    String[] names = {"id", "year", "metric", "comparator", "value", "unit", "source"};
    boolean complete = true;
    for (int i = 0; i < names.length; i++) {
      complete &= b.require(members[i], at, names[i]) != null;
    }
    if (!complete) {
      return null;
    }
    TargetScope scope = unitType == null ? TargetScope.district() : TargetScope.of(unitType);
    return b.attempt(() -> new AnnualTarget(id, year, metric, scope, comparator, value, unit,
        Optional.ofNullable(band), source), at);
  }
}
