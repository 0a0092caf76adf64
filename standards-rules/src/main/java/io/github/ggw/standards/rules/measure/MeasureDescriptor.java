package io.github.ggw.standards.rules.measure;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.rule.MeasureName;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measure as the catalogue lists it (度量目录条目): everything a sheet author needs to name it
 * in a rule, without the function that computes it. {@link MeasureRegistry#catalogue()} lists
 * them; the command {@code standards measures}, the README's table and the standard's JSON Schema
 * are generated from them.
 *
 * @param name the name rules write, such as {@code elders.count}, not null
 * @param label what it counts in zh-CN and en, not null
 * @param type the value type, not null
 * @param unit the unit in zh-CN and en, such as 人 / persons, not null
 * @param evidenceKind the logical name of the evidence kind it reads ({@link
 *     io.github.ggw.standards.model.evidence.EvidenceKinds#names()}), such as {@code elder};
 *     empty for a measure that declares none
 * @param parameters the parameters it accepts, in the order of {@link
 *     io.github.ggw.standards.model.rule.MeasureParameter}; unmodifiable, empty when it takes none
 * @param onlyAssessmentYear whether it counts only the assessment year's evidence by default
 *     (a dated kind; {@code withinYear = false}, where accepted, counts every year); false for
 *     standing facts, which count whatever their dates
 * @param monotone whether more evidence never lowers the value
 * @param source the clause it comes from, such as {@code seed §四.2} (the seed is the Wujin
 *     district education bureau's 2020 work points), not null
 * @param sourceNote why the source is modelled rather than cited as it stands; empty when it is
 *     cited as it stands
 */
public record MeasureDescriptor(
    MeasureName name,
    LocalizedText label,
    MeasureType type,
    LocalizedText unit,
    Optional<String> evidenceKind,
    List<ParameterDescriptor> parameters,
    boolean onlyAssessmentYear,
    boolean monotone,
    String source,
    Optional<LocalizedText> sourceNote) {

  /**
   * Checks the components.
   *
   * @param name the {@code name} component, as described on the record
   * @param label the {@code label} component, as described on the record
   * @param type the {@code type} component, as described on the record
   * @param unit the {@code unit} component, as described on the record
   * @param evidenceKind the {@code evidenceKind} component, as described on the record
   * @param parameters the {@code parameters} component, as described on the record
   * @param onlyAssessmentYear the {@code onlyAssessmentYear} component, as described on the record
   * @param monotone the {@code monotone} component, as described on the record
   * @param source the {@code source} component, as described on the record
   * @param sourceNote the {@code sourceNote} component, as described on the record
   * @throws NullPointerException if a component is null
   */
  public MeasureDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(evidenceKind, "evidenceKind");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceNote, "sourceNote");
  }

  /**
   * The descriptor of a measure.
   *
   * @param m the measure, not null
   * @return its descriptor
   */
  static MeasureDescriptor of(Measure m) {
    List<ParameterDescriptor> params = m.getAccepted().stream()
        .sorted(Comparator.naturalOrder()).map(ParameterDescriptor::of).toList();
    return new MeasureDescriptor(m.getName(), m.getLabel(), m.getType(), m.getUnit(),
        m.getEvidenceKind(), params, m.countsOnlyTheAssessmentYear(), m.isMonotone(),
        m.getSource(), m.getSourceNote());
  }

  /**
   * The written names of the parameters it accepts.
   *
   * @return the names, such as {@code [tiers, elderCategories]}, in the order of {@link
   *     #parameters()}
   */
  public List<String> parameterNames() {
    return parameters.stream().map(ParameterDescriptor::name).toList();
  }

  /**
   * A one-line English summary, as the standard's JSON Schema describes the name and the
   * README's table is checked against: label (zh-CN label); type, unit; the kind read; the
   * parameters; the year counted; the source.
   *
   * @return such as {@code elders on the roster (五老名册人数); COUNT in persons; reads elder;
   *     parameters tiers, elderCategories; standing facts, any date; seed §二.3, §四.2}
   */
  public String summary() {
    return label.en() + " (" + label.zh() + "); " + type + " in " + unit.en() + "; reads "
        + evidenceKind.orElse("-") + "; parameters "
        + (parameters.isEmpty() ? "none" : String.join(", ", parameterNames())) + "; "
        + (onlyAssessmentYear ? "assessment year only" : "standing facts, any date") + "; "
        + source + sourceNote.map(n -> " — " + n.en()).orElse("");
  }
}
