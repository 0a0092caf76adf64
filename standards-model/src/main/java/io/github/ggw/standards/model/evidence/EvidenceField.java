package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One field of an evidence kind (佐证字段), as {@link EvidenceKinds} describes it: the record
 * component of that name, and the JSON member of the same name.
 *
 * <p>Whether a field is required is {@link #required()}; today every field of every kind is (a
 * reference component is {@code @NotNull} or {@code @NotBlank}, a primitive one has no absent
 * value, and the readers refuse a missing member of a record). Bounds repeat the
 * record's Bean Validation constraints (a test compares them): numeric fields have {@code min}
 * and {@code max}; a text field has either a {@code pattern} the whole text must match (which
 * bounds its length too) or, as free text, a {@code maxLength} and must not be blank.
 *
 * @param name the member and component name, such as {@code workingTeamElders}: a letter, then
 *     letters and digits
 * @param label the column or input label in zh-CN and en, such as 层级 / Tier, not null
 * @param type the value type, not null
 * @param unit the unit of a numeric field, such as {@link EvidenceUnit#PERSON}; empty for a
 *     count of no particular unit and for every non-numeric field
 * @param min the lowest value of a numeric field; empty when unbounded and for non-numeric fields
 * @param minInclusive whether {@code min} itself is allowed (false for hours, which must be
 *     {@code > 0}); true when {@code min} is empty
 * @param max the highest value of a numeric field, inclusive when {@code maxInclusive}; empty when
 *     unbounded and for non-numeric fields
 * @param maxInclusive whether {@code max} itself is allowed; true when {@code max} is empty
 * @param maxLength the most characters of a free-text field; empty for other fields, including
 *     text with a pattern
 * @param pattern the regular expression ({@link Pattern} syntax) a text field's whole value must
 *     match, such as {@code [A-Za-z][A-Za-z0-9_-]{0,23}}; empty when the text is free (then it must
 *     not be blank) and for other fields
 * @param choices the allowed values of an {@link EvidenceFieldType#ENUM} field, every constant of
 *     its enumeration in declaration order; empty for every other type
 * @param ordered whether an enumeration's values compare by their order (level, award: "level at
 *     least district"); false for other fields
 * @param identifying whether the field is one of those that identify a record of its kind (two
 *     records with equal identifying fields are the same record)
 * @param freeText whether the field is text a person writes freely (a topic, title, description
 *     or document number), which the personal-number scan reads and {@code toString} of evidence
 *     never prints; false for identifiers with a pattern and for digests
 * @param required whether the JSON member must be present and not null (and a workbook cell
 *     filled); true for every field of the bundled kinds
 */
public record EvidenceField(
    String name,
    LocalizedText label,
    EvidenceFieldType type,
    Optional<EvidenceUnit> unit,
    Optional<BigDecimal> min,
    boolean minInclusive,
    Optional<BigDecimal> max,
    boolean maxInclusive,
    OptionalInt maxLength,
    Optional<String> pattern,
    List<EvidenceChoice> choices,
    boolean ordered,
    boolean identifying,
    boolean freeText,
    boolean required) {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /**
   * Checks that the parts fit the type.
   *
   * @throws IllegalArgumentException if the name is malformed; a unit or bounds are given for a
   *     non-numeric field, an absent bound is marked exclusive, or min exceeds max; a length or
   *     pattern for a non-text field; choices are missing for an enumeration or given for another
   *     type; an ordered non-enumeration; free text that is not text or has a pattern
   * @throws NullPointerException if a component is null
   *
   * @param name the {@code name} component, as described on the record
   * @param label the {@code label} component, as described on the record
   * @param type the {@code type} component, as described on the record
   * @param unit the {@code unit} component, as described on the record
   * @param min the {@code min} component, as described on the record
   * @param minInclusive the {@code minInclusive} component, as described on the record
   * @param max the {@code max} component, as described on the record
   * @param maxInclusive the {@code maxInclusive} component, as described on the record
   * @param maxLength the {@code maxLength} component, as described on the record
   * @param pattern the {@code pattern} component, as described on the record
   * @param choices the {@code choices} component, as described on the record
   * @param ordered the {@code ordered} component, as described on the record
   * @param identifying the {@code identifying} component, as described on the record
   * @param freeText the {@code freeText} component, as described on the record
   * @param required the {@code required} component, as described on the record
   */
  public EvidenceField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(pattern, "pattern");
    choices = List.copyOf(choices);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a field name is a letter then letters and digits: " + name);
    }
    if (!type.isNumeric() && (unit.isPresent() || min.isPresent() || max.isPresent())) {
      throw new IllegalArgumentException(name + ": only a numeric field has a unit or bounds");
    }
    if (min.isEmpty() && !minInclusive || max.isEmpty() && !maxInclusive) {
      throw new IllegalArgumentException(name + ": an absent bound is inclusive");
    }
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      throw new IllegalArgumentException(name + ": min " + min.get() + " exceeds max " + max.get());
    }
    if (type != EvidenceFieldType.TEXT
        && (maxLength.isPresent() || pattern.isPresent() || freeText)) {
      throw new IllegalArgumentException(
          name + ": only a text field has a length, pattern or free text");
    }
    if (maxLength.isPresent() && maxLength.getAsInt() < 1) {
      throw new IllegalArgumentException(name + ": maxLength must be positive");
    }
    pattern.ifPresent(Pattern::compile);
    if ((type == EvidenceFieldType.ENUM) == choices.isEmpty()) {
      throw new IllegalArgumentException(
          name + ": an enumeration field, and only one, has choices");
    }
    if (ordered && type != EvidenceFieldType.ENUM) {
      throw new IllegalArgumentException(name + ": only an enumeration field is ordered");
    }
    if (freeText && pattern.isPresent()) {
      throw new IllegalArgumentException(name + ": free text has no pattern");
    }
  }

  /**
   * The allowed value with a code.
   *
   * @param code a constant's name, such as {@code CORE}, not null; compared exactly
   * @return the choice, or empty when the field has no such value (or is no enumeration)
   */
  public Optional<EvidenceChoice> choice(String code) {
    Objects.requireNonNull(code, "code");
    return choices.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  @Override
  public String toString() {
    return "EvidenceField[" + name + ": " + type + "]";
  }
}
