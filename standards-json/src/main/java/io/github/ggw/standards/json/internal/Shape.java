package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.evidence.EvidenceField;
import java.util.List;
import java.util.Objects;

/**
 * The expected shape of a JSON document, as the slow path of a read walks it ({@link ShapeWalk})
 * to report every problem of a document that did not bind: which members an object has and
 * which are required, what each member holds. Evidence is described by the evidence-kind registry
 * ({@link Evidence}, {@link Field}); the rest of a document by a small descriptor built from these
 * records, such as the self-assessment's. Immutable.
 */
public sealed interface Shape {

  /**
   * One member of an object.
   *
   * @param name the member name, not null
   * @param shape what it holds, not null
   * @param required whether it must be present and not null
   */
  record Member(String name, Shape shape, boolean required) {
    /**
     * Checks that the parts are not null.
     *
     * @param name the {@code name} component, as described on the record
     * @param shape the {@code shape} component, as described on the record
     * @param required the {@code required} component, as described on the record
     */
    public Member {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(shape, "shape");
    }
  }

  /**
   * An object with named members; a member not listed is unknown (an error in strict mode, a
   * warning in lenient mode).
   *
   * @param members the members, not null
   * @param bindAs when the object's members have no error, the object is bound alone to this
   *     type and checked with Bean Validation, so that the problems of the parts that do bind
   *     are reported too; null to skip
   */
  record Obj(List<Member> members, Class<?> bindAs) implements Shape {
    /**
     * Copies the members.
     *
     * @param members the {@code members} component, as described on the record
     * @param bindAs the {@code bindAs} component, as described on the record
     */
    public Obj {
      members = List.copyOf(members);
    }
  }

  /**
   * An array whose every element has one shape.
   *
   * @param element the elements' shape, not null
   */
  record ListOf(Shape element) implements Shape {
    /**
     * Checks the element shape.
     *
     * @param element the {@code element} component, as described on the record
     */
    public ListOf {
      Objects.requireNonNull(element, "element");
    }
  }

  /**
   * One piece of evidence: an object whose {@code type} member names a kind of the evidence-kind
   * registry, whose other members are that kind's fields.
   */
  record Evidence() implements Shape {}

  /**
   * A member described by a field of the evidence-kind registry (its type, allowed values).
   *
   * @param field the field, not null
   */
  record Field(EvidenceField field) implements Shape {
    /**
     * Checks the field.
     *
     * @param field the {@code field} component, as described on the record
     */
    public Field {
      Objects.requireNonNull(field, "field");
    }
  }

  /**
   * A whole number within bounds, both inclusive.
   *
   * @param min the lowest value
   * @param max the highest value, at least {@code min}
   */
  record Whole(long min, long max) implements Shape {}

  /**
   * An object of counts by code, such as the deficiency counts of a counted deduction's claim
   * ({@code {"D1": 2, "D2": 0}}): any member names, each a whole number within bounds.
   *
   * @param each the bounds of every count, not null
   */
  record Counts(Whole each) implements Shape {}

  /**
   * One constant of an enumeration, written as its name.
   *
   * @param type the enumeration, not null; its constants' labels come from the model's labels
   */
  record Choice(Class<? extends Enum<?>> type) implements Shape {
    /**
     * Checks the type.
     *
     * @param type the {@code type} component, as described on the record
     */
    public Choice {
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A value of a model type with its own reader (a unit id, a criterion code, points, …): the JSON
   * type is checked, then the value is bound alone so that the model's own refusal is reported.
   *
   * @param type the model type, not null
   * @param json the JSON type it is written as: {@code string} or {@code number}
   * @param expected what is expected, in zh-CN and en, for a wrong-type message, not null
   */
  record Value(Class<?> type, String json, LocalizedText expected) implements Shape {
    /**
     * Checks the parts.
     *
     * @param type the {@code type} component, as described on the record
     * @param json the {@code json} component, as described on the record
     * @param expected the {@code expected} component, as described on the record
     */
    public Value {
      Objects.requireNonNull(type, "type");
      if (!json.equals("string") && !json.equals("number")) {
        throw new IllegalArgumentException("a value is a string or a number: " + json);
      }
      Objects.requireNonNull(expected, "expected");
    }
  }

  /**
   * The document's {@code kind} member: a string equal to the kind expected.
   *
   * @param expected the kind, such as {@code self-assessment}, not null
   */
  record Kind(String expected) implements Shape {
    /**
     * Checks the kind.
     *
     * @param expected the {@code expected} component, as described on the record
     */
    public Kind {
      Objects.requireNonNull(expected, "expected");
    }
  }

  /** The document's {@code formatVersion} member: the one version this library reads. */
  record Version() implements Shape {}

  /**
   * An object read as the public fields of a document class (the classes a reader binds before
   * building the model value): each member present is walked by its field's declared type — a
   * list element by element, another document class member by member, an enumeration against
   * its constants, a whole number as such — and any other value is bound alone, so that each
   * value that does not bind is reported at its pointer. Unknown and missing members are left to
   * the document's own binding, which the slow path runs again on the tree without the values
   * found wrong.
   *
   * @param document the document class, not null
   */
  record Doc(Class<?> document) implements Shape {
    /**
     * Checks the class.
     *
     * @param document the {@code document} component, as described on the record
     */
    public Doc {
      Objects.requireNonNull(document, "document");
    }
  }

  /**
   * A value bound alone to its type, as the fast path binds it, its one problem reported at its
   * pointer.
   *
   * @param type the type, not null
   */
  record Alone(Class<?> type) implements Shape {
    /**
     * Checks the type.
     *
     * @param type the {@code type} component, as described on the record
     */
    public Alone {
      Objects.requireNonNull(type, "type");
    }
  }
}
