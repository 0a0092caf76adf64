package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One kind of evidence (佐证种类), as {@link EvidenceKinds} describes it: its logical name (the
 * JSON {@code type} member), labels, record class and fields.
 *
 * @param name the logical name, such as {@code elder} or {@code care-carrier}: lower-case words
 *     joined by hyphens
 * @param label the kind's name in zh-CN and en, as a workbook sheet or a form section is titled,
 *     such as 学习培训 / Trainings, not null
 * @param recordClass the record class of the kind, not null
 * @param fields the fields in the record's component order, not empty, names unique
 * @param dateField the name of the date field that places a record in an assessment year
 *     ({@link Evidence#dated()}), such as {@code date}; empty for standing facts (organisation,
 *     roster, carriers, designations held…), which count whatever their dates
 */
public record EvidenceKind(
    String name,
    LocalizedText label,
    Class<? extends Evidence> recordClass,
    List<EvidenceField> fields,
    Optional<String> dateField) {
  private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

  /**
   * Checks the name, the fields and the date field.
   *
   * @throws IllegalArgumentException if the name is malformed, there are no fields or two share
   *     a name, or the date field is not a {@link EvidenceFieldType#DATE} field of the kind
   * @throws NullPointerException if a component is null
   *
   * @param name the {@code name} component, as described on the record
   * @param label the {@code label} component, as described on the record
   * @param recordClass the {@code recordClass} component, as described on the record
   * @param fields the {@code fields} component, as described on the record
   * @param dateField the {@code dateField} component, as described on the record
   */
  public EvidenceKind {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(recordClass, "recordClass");
    fields = List.copyOf(fields);
    Objects.requireNonNull(dateField, "dateField");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a kind's name is lower-case words and hyphens: " + name);
    }
    Set<String> names = new HashSet<>();
    boolean dateFound = false;
    for (EvidenceField f : fields) {
      if (!names.add(f.name())) {
        throw new IllegalArgumentException(name + ": two fields are named " + f.name());
      }
      dateFound |= dateField.isPresent() && f.name().equals(dateField.get())
          && f.type() == EvidenceFieldType.DATE;
    }
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(name + ": a kind has fields");
    }
    if (dateField.isPresent() && !dateFound) {
      throw new IllegalArgumentException(
          name + ": " + dateField.get() + " is not a date field of the kind");
    }
  }

  /**
   * The field with a name.
   *
   * @param fieldName the member name, such as {@code tier}, not null; compared exactly
   * @return the field, or empty when the kind has none of that name
   */
  public Optional<EvidenceField> field(String fieldName) {
    Objects.requireNonNull(fieldName, "fieldName");
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /**
   * The fields that identify a record of this kind, in field order: two records with equal values
   * there are the same record (equal in the other fields too: a repeat; different: a
   * contradiction). Empty for a kind of which an assessment holds at most one record
   * (organisation).
   *
   * @return the identifying fields, possibly empty
   */
  public List<EvidenceField> identity() {
    return fields.stream().filter(EvidenceField::identifying).toList();
  }

  /**
   * The free-text fields, in field order (see {@link EvidenceField#freeText()}).
   *
   * @return the fields, possibly empty
   */
  public List<EvidenceField> freeTextFields() {
    return fields.stream().filter(EvidenceField::freeText).toList();
  }

  /**
   * Whether records of this kind are dated, so that measures count only those within the
   * assessment year (the default of a filter's {@code withinYear}).
   *
   * @return true when {@link #dateField()} is present
   */
  public boolean dated() {
    return dateField.isPresent();
  }

  @Override
  public String toString() {
    return "EvidenceKind[" + name + "]";
  }
}
