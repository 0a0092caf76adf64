package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.json.internal.Writers;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.rules.measure.MeasureDescriptor;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.ParameterDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The measure catalogue as a JSON document (度量目录), as {@code standards measures --format json}
 * prints it:
 *
 * <pre>{@code
 * {"kind": "measure-catalogue", "formatVersion": 1, "measures": [
 *   {"name": "activities.count", "label": {"zh": "主题活动次数", "en": "themed activities…"},
 *    "type": "COUNT", "unit": {"zh": "次", "en": "times"}, "evidenceKind": "activity",
 *    "parameters": [{"name": "minLevel", "type": "AT_LEAST",
 *                    "allowedValues": ["SCHOOL", "DISTRICT", "CITY", "PROVINCE", "NATIONAL"]}, …],
 *    "onlyAssessmentYear": true, "monotone": true, "source": "seed §二.1–4, §三.2"}, …]}
 * }</pre>
 *
 * <p>{@code evidenceKind} is absent for a measure that declares none; {@code sourceNote} ({@code
 * {zh, en}}, why the source is modelled) is present only for modelled sources. Members are in
 * this order; the text is indented, without a trailing newline. Read-only: there is no reader, the
 * catalogue comes from {@link MeasureRegistry#catalogue()}. Thread-safe.
 */
public final class MeasureCatalogueJson {
  private MeasureCatalogueJson() {}

  /**
   * Writes a catalogue.
   *
   * @param catalogue the descriptors, such as {@code MeasureRegistry.builtIn().catalogue()}; not
   *     null
   * @return the JSON text
   */
  public static String write(List<MeasureDescriptor> catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kind", "measure-catalogue");
    doc.put("formatVersion", 1);
    doc.put("measures", catalogue.stream().map(MeasureCatalogueJson::measure).toList());
    return Writers.pretty(doc);
  }

  private static Map<String, Object> measure(MeasureDescriptor d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name().value());
    m.put("label", text(d.label()));
    m.put("type", d.type().name());
    m.put("unit", text(d.unit()));
    d.evidenceKind().ifPresent(k -> m.put("evidenceKind", k));
    m.put("parameters", d.parameters().stream().map(MeasureCatalogueJson::parameter).toList());
    m.put("onlyAssessmentYear", d.onlyAssessmentYear());
    m.put("monotone", d.monotone());
    m.put("source", d.source());
    d.sourceNote().ifPresent(n -> m.put("sourceNote", text(n)));
    return m;
  }

  private static Map<String, Object> parameter(ParameterDescriptor p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("type", p.type().name());
    m.put("allowedValues", p.allowedValues());
    return m;
  }

  private static Map<String, String> text(LocalizedText t) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("zh", t.zh());
    m.put("en", t.en());
    return m;
  }
}
