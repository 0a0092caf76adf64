package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.plan.PlanId;
import io.github.ggw.standards.model.plan.TargetId;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.Digest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The JSON form of the model's value types: identifiers, codes, versions and digests as JSON
 * strings (read through their {@code of} factories, written as their text), {@link Points} as
 * plain JSON numbers.
 */
public final class ValueCodecs {
  /** The factory of each text value type, as registered; read by the readers' fast path. */
  private static final Map<Class<?>, Function<String, ?>> FACTORIES = new ConcurrentHashMap<>();

  private ValueCodecs() {}

  static {
    // the factories are known before any module is made
    register(new SimpleModule());
  }

  /**
   * The factory a text value type is read through (such as {@code UnitId::of}), for the
   * readers' fast path ({@link FastReading}).
   *
   * @param type the type, not null
   * @return the factory, or null when the type is not one of the text value types
   */
  static Function<String, ?> factoryOf(Class<?> type) {
    return FACTORIES.get(type);
  }

  /**
   * Adds the serializers and deserializers of the value types to a module.
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    text(module, StandardId.class, StandardId::of);
    text(module, StandardVersion.class, StandardVersion::of);
    text(module, CriterionCode.class, CriterionCode::of);
    text(module, UnitId.class, UnitId::of);
    text(module, DistrictCode.class, DistrictCode::of);
    text(module, ElderRef.class, ElderRef::of);
    text(module, MeasureName.class, MeasureName::of);
    text(module, PlanId.class, PlanId::of);
    text(module, TargetId.class, TargetId::of);
    text(module, NeedId.class, NeedId::of);
    text(module, ResourceId.class, ResourceId::of);
    text(module, ActorId.class, ActorId::of);
    text(module, Digest.class, Digest::of);
    text(module, io.github.ggw.standards.model.workflow.OfficeId.class,
        io.github.ggw.standards.model.workflow.OfficeId::of);
    module.addSerializer(Points.class, new PointsSerializer());
    module.addDeserializer(Points.class, new PointsDeserializer());
    module.addDeserializer(java.time.LocalDate.class, new DateDeserializer());
  }

  private static <T> void text(SimpleModule m, Class<T> type, Function<String, T> factory) {
    FACTORIES.putIfAbsent(type, factory);
    m.addSerializer(type, ToStringSerializer.instance);
    m.addDeserializer(type, new TextValueDeserializer<>(type, factory));
  }
}
