package io.github.ggw.standards.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry describes exactly the sealed evidence set: every kind, every record component,
 * nothing that does not exist; enumeration fields list exactly their constants with both labels;
 * bounds agree with the Bean Validation annotations on the components.
 */
class EvidenceKindsTest {
  /** The JSON layer's logical names (the {@code type} member), in the order Evidence permits. */
  private static final List<String> JSON_NAMES = List.of("organisation", "elder", "training",
      "activity", "care-carrier", "difficulty-support", "vulnerability-support", "mentoring",
      "research", "publicity", "document", "designation", "incident", "fact");

  /** Every record of a sealed hierarchy, walked recursively. */
  private static Set<Class<?>> records(Class<?> type) {
    if (type.isRecord()) {
      return Set.of(type);
    }
    assertThat(type.isSealed()).as("%s is a record or sealed", type).isTrue();
    Set<Class<?>> out = new LinkedHashSet<>();
    for (Class<?> sub : type.getPermittedSubclasses()) {
      out.addAll(records(sub));
    }
    return out;
  }

  static Stream<EvidenceKind> kinds() {
    return EvidenceKinds.all().stream();
  }

  /** Each record component with the field that describes it (null when none does). */
  static Stream<Arguments> components() {
    return records(Evidence.class).stream().flatMap(c -> Arrays.stream(c.getRecordComponents())
        .map(rc -> Arguments.of(c.getSimpleName() + "." + rc.getName(), rc)));
  }

  // ---- kinds

  @Test
  void everyRecordOfTheSealedSetHasOneKindAndNoKindIsExtra() {
    Set<Class<?>> sealed = records(Evidence.class);
    List<Class<? extends Evidence>> described =
        EvidenceKinds.all().stream().map(EvidenceKind::recordClass).toList();
    assertThat(described).doesNotHaveDuplicates();
    assertThat(new HashSet<Class<?>>(described)).isEqualTo(sealed);
    assertThat(EvidenceKinds.all()).hasSize(14);
  }

  @Test
  void kindsComeInPermitsOrderUnderTheJsonNames() {
    assertThat(EvidenceKinds.all().stream().map(EvidenceKind::recordClass).toList())
        .isEqualTo(Arrays.asList(Evidence.class.getPermittedSubclasses()));
    assertThat(EvidenceKinds.names()).isEqualTo(JSON_NAMES);
    assertThat(EvidenceKinds.all().stream().map(EvidenceKind::name)).isEqualTo(JSON_NAMES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void lookupsByNameAndClassAgree(EvidenceKind kind) {
    assertThat(EvidenceKinds.byName(kind.name())).containsSame(kind);
    assertThat(EvidenceKinds.of(kind.recordClass())).isSameAs(kind);
    assertThat(EvidenceKinds.of(sample(kind))).isSameAs(kind);
  }

  @Test
  void unknownNamesAndClassesAreNotKinds() {
    assertThat(EvidenceKinds.byName("Elder")).isEmpty();
    assertThat(EvidenceKinds.byName("elders")).isEmpty();
    assertThat(EvidenceKinds.byName("")).isEmpty();
    assertThatThrownBy(() -> EvidenceKinds.of(Evidence.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EvidenceKinds.byName(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EvidenceKinds.of((Evidence) null))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void fieldsAreTheRecordComponentsInOrder(EvidenceKind kind) {
    assertThat(kind.fields().stream().map(EvidenceField::name))
        .containsExactlyElementsOf(Arrays.stream(kind.recordClass().getRecordComponents())
            .map(RecordComponent::getName).toList());
    for (EvidenceField f : kind.fields()) {
      assertThat(kind.field(f.name())).containsSame(f);
    }
    assertThat(kind.field("nonexistent")).isEmpty();
  }

  /** The date that {@link Evidence#dated()} reports is the value of the kind's date field. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void dateFieldIsWhatDatedReports(EvidenceKind kind) throws ReflectiveOperationException {
    Evidence e = sample(kind);
    assertThat(kind.dated()).isEqualTo(kind.dateField().isPresent());
    if (kind.dateField().isPresent()) {
      Object value = kind.recordClass().getMethod(kind.dateField().get()).invoke(e);
      assertThat(e.dated()).contains((LocalDate) value);
    } else {
      assertThat(e.dated()).isEmpty();
    }
  }

  @Test
  void identifyingFieldsOfEachKind() {
    Map<String, List<String>> expected = Map.ofEntries(
        Map.entry("organisation", List.of()),
        Map.entry("elder", List.of("elder")),
        Map.entry("training", List.of("kind", "date", "topic")),
        Map.entry("activity", List.of("kind", "date", "title")),
        Map.entry("care-carrier", List.of("kind", "activeFrom")),
        Map.entry("difficulty-support", List.of("kind")),
        Map.entry("vulnerability-support", List.of("kind")),
        Map.entry("mentoring", List.of("kind", "since")),
        Map.entry("research", List.of("kind", "date", "title")),
        Map.entry("publicity", List.of("kind", "date")),
        Map.entry("document", List.of("title", "date")),
        Map.entry("designation", List.of("kind", "documentNumber")),
        Map.entry("incident", List.of("kind", "date", "description")),
        Map.entry("fact", List.of("code")));
    assertThat(expected.keySet()).isEqualTo(Set.copyOf(JSON_NAMES));
    for (EvidenceKind k : EvidenceKinds.all()) {
      assertThat(k.identity().stream().map(EvidenceField::name).toList()).as(k.name())
          .isEqualTo(expected.get(k.name()));
    }
  }

  /** Free text is exactly what the personal-number scan reads and toString never prints. */
  @Test
  void freeTextFields() {
    Set<String> free = EvidenceKinds.all().stream().flatMap(k -> k.freeTextFields().stream()
        .map(f -> k.name() + "." + f.name())).collect(Collectors.toSet());
    assertThat(free).containsExactlyInAnyOrder("training.topic", "activity.title",
        "research.title", "document.title", "designation.documentNumber", "incident.description");
  }

  @Test
  void unitsOfNumericFields() {
    Map<String, EvidenceUnit> units = new HashMap<>();
    for (EvidenceKind k : EvidenceKinds.all()) {
      for (EvidenceField f : k.fields()) {
        assertThat(f.unit().isPresent()).as("%s.%s has a unit", k.name(), f.name())
            .isEqualTo(f.type().isNumeric());
        f.unit().ifPresent(u -> units.put(k.name() + "." + f.name(), u));
        assertThat(f.type() == EvidenceFieldType.YUAN).isEqualTo(f.unit().equals(
            Optional.of(EvidenceUnit.YUAN)));
      }
    }
    assertThat(units).containsEntry("organisation.annualFundingYuan", EvidenceUnit.YUAN)
        .containsEntry("training.hours", EvidenceUnit.HOUR)
        .containsEntry("training.attendees", EvidenceUnit.PERSON)
        .containsEntry("care-carrier.sessionsHeld", EvidenceUnit.SESSION)
        .containsEntry("mentoring.count", EvidenceUnit.ITEM)
        .hasSize(11);
  }

  // ---- each record component

  @ParameterizedTest(name = "{0}")
  @MethodSource("components")
  void eachComponentIsDescribedByItsField(String label, RecordComponent rc) {
    @SuppressWarnings("unchecked")
    EvidenceKind kind = EvidenceKinds.of((Class<? extends Evidence>) rc.getDeclaringRecord());
    EvidenceField f = kind.field(rc.getName()).orElseThrow();
    Class<?> t = rc.getType();
    assertThat(f.type()).as(label).isEqualTo(typeOf(rc));
    assertThat(f.ordered()).as(label).isEqualTo(t == Level.class || t == Award.class);
    if (t.isEnum()) {
      assertThat(f.choices().stream().<Object>map(EvidenceChoice::constant).toList()).as(label)
          .isEqualTo(Arrays.asList(t.getEnumConstants()));
      for (EvidenceChoice c : f.choices()) {
        assertThat(c.label()).isEqualTo(Labels.of(c.constant()));
        assertBilingual(c.label());
        assertThat(c.code()).isEqualTo(c.constant().name());
        assertThat(c.rank()).isEqualTo(c.constant().ordinal());
        assertThat(f.choice(c.code())).contains(c);
      }
      assertThat(f.choice("NO_SUCH_VALUE")).isEmpty();
    } else {
      assertThat(f.choices()).as(label).isEmpty();
    }
    // required in the registry exactly when the record has no absent value for it: a primitive,
    // or a reference that Bean Validation requires
    assertThat(f.required()).as("%s is required", label)
        .isEqualTo(t.isPrimitive() || has(rc, NotNull.class) || has(rc, NotBlank.class));
    assertBoundsAgree(label, rc, f);
    assertTextRulesAgree(label, rc, f);
    assertBilingual(f.label());
  }

  private static EvidenceFieldType typeOf(RecordComponent rc) {
    Class<?> t = rc.getType();
    if (rc.getDeclaringRecord() == FactValue.class && rc.getName().equals("value")) {
      return EvidenceFieldType.SCALAR; // a fact's value is typed by its declaration
    } else if (t == boolean.class) {
      return EvidenceFieldType.FLAG;
    } else if (t == int.class || t == long.class) {
      return EvidenceFieldType.WHOLE_NUMBER;
    } else if (t == BigDecimal.class) {
      return rc.getName().endsWith("Yuan") ? EvidenceFieldType.YUAN : EvidenceFieldType.DECIMAL;
    } else if (t == LocalDate.class) {
      return EvidenceFieldType.DATE;
    } else if (t == String.class || t == ElderRef.class) {
      return EvidenceFieldType.TEXT;
    } else if (t.isEnum()) {
      return EvidenceFieldType.ENUM;
    }
    throw new AssertionError("a component type the registry cannot describe: " + t);
  }

  private static void assertBoundsAgree(String label, RecordComponent rc, EvidenceField f) {
    BigDecimal min = null;
    boolean minInclusive = true;
    BigDecimal max = null;
    boolean maxInclusive = true;
    if (has(rc, PositiveOrZero.class)) {
      min = BigDecimal.ZERO;
    }
    if (has(rc, Positive.class)) {
      min = BigDecimal.ZERO;
      minInclusive = false;
    }
    if (has(rc, Min.class)) {
      min = BigDecimal.valueOf(get(rc, Min.class).value());
    }
    if (has(rc, DecimalMin.class)) {
      min = new BigDecimal(get(rc, DecimalMin.class).value());
      minInclusive = get(rc, DecimalMin.class).inclusive();
    }
    if (has(rc, Max.class)) {
      max = BigDecimal.valueOf(get(rc, Max.class).value());
    }
    if (has(rc, DecimalMax.class)) {
      max = new BigDecimal(get(rc, DecimalMax.class).value());
      maxInclusive = get(rc, DecimalMax.class).inclusive();
    }
    assertThat(has(rc, Negative.class) || has(rc, NegativeOrZero.class)).as(label).isFalse();
    assertThat(f.min().map(BigDecimal::stripTrailingZeros)).as("%s min", label)
        .isEqualTo(Optional.ofNullable(min).map(BigDecimal::stripTrailingZeros));
    assertThat(f.minInclusive()).as("%s min inclusive", label).isEqualTo(minInclusive);
    assertThat(f.max().map(BigDecimal::stripTrailingZeros)).as("%s max", label)
        .isEqualTo(Optional.ofNullable(max).map(BigDecimal::stripTrailingZeros));
    assertThat(f.maxInclusive()).as("%s max inclusive", label).isEqualTo(maxInclusive);
    if (f.type().isNumeric()) {
      assertThat(f.min()).as("%s: every number here is bounded below", label).isPresent();
      assertThat(f.max()).as("%s: every number here is bounded above", label).isPresent();
    }
  }

  private static void assertTextRulesAgree(String label, RecordComponent rc, EvidenceField f) {
    OptionalInt size = has(rc, Size.class) ? OptionalInt.of(get(rc, Size.class).max())
        : OptionalInt.empty();
    assertThat(f.maxLength()).as("%s max length", label).isEqualTo(size);
    if (has(rc, Size.class)) {
      assertThat(get(rc, Size.class).min()).as(label).isZero();
    }
    if (rc.getType() == ElderRef.class) {
      // the reference checks its own pattern; the field states the same one
      java.util.regex.Pattern p = java.util.regex.Pattern.compile(f.pattern().orElseThrow());
      for (String ok : List.of("E07", "e", "A_b-1", "E" + "1".repeat(23))) {
        assertThat(p.matcher(ok).matches()).as(ok).isTrue();
        assertThat(ElderRef.of(ok).value()).isEqualTo(ok);
      }
      for (String bad : List.of("", "7E", "-E", "E" + "1".repeat(24), "E 7", "老1")) {
        assertThat(p.matcher(bad).matches()).as(bad).isFalse();
        assertThatThrownBy(() -> ElderRef.of(bad)).as(bad).isInstanceOf(RuntimeException.class);
      }
    } else {
      assertThat(f.pattern()).as("%s pattern", label).isEqualTo(has(rc, Pattern.class)
          ? Optional.of(get(rc, Pattern.class).regexp()) : Optional.empty());
    }
    if (f.type() == EvidenceFieldType.TEXT) {
      assertThat(has(rc, NotBlank.class)).as("%s: free text is not blank", label)
          .isEqualTo(f.pattern().isEmpty());
      assertThat(f.freeText()).as(label).isEqualTo(f.pattern().isEmpty());
    } else {
      assertThat(f.freeText()).as(label).isFalse();
    }
  }

  // ---- words

  @Test
  void kindTypeAndUnitLabelsInBothLanguages() {
    for (EvidenceKind k : EvidenceKinds.all()) {
      assertBilingual(k.label());
    }
    for (EvidenceFieldType t : EvidenceFieldType.values()) {
      assertBilingual(t.label());
    }
    for (EvidenceUnit u : EvidenceUnit.values()) {
      assertBilingual(u.label());
    }
    assertThat(EvidenceKinds.byName("training").orElseThrow().label())
        .isEqualTo(LocalizedText.of("学习培训", "Trainings"));
    assertThat(EvidenceKinds.byName("elder").orElseThrow().field("tier").orElseThrow().label())
        .isEqualTo(LocalizedText.of("层级", "Tier"));
    // kind labels title workbook sheets: unique per language, within Excel's 31 characters
    assertThat(EvidenceKinds.all().stream().map(k -> k.label().zh())).doesNotHaveDuplicates()
        .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(31));
    assertThat(EvidenceKinds.all().stream().map(k -> k.label().en())).doesNotHaveDuplicates()
        .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(31));
    for (EvidenceKind k : EvidenceKinds.all()) {
      assertThat(k.fields().stream().map(f -> f.label().zh())).as(k.name()).doesNotHaveDuplicates();
      assertThat(k.fields().stream().map(f -> f.label().en())).as(k.name()).doesNotHaveDuplicates();
    }
  }

  /** The bundles hold exactly the keys the registry reads: none missing, none extra. */
  @Test
  void bundlesHoldExactlyTheRegistrysKeys() throws IOException {
    Set<String> used = new HashSet<>();
    for (EvidenceKind k : EvidenceKinds.all()) {
      used.add("kind." + k.name());
      k.fields().forEach(f -> used.add("field." + k.name() + "." + f.name()));
    }
    Arrays.stream(EvidenceFieldType.values()).forEach(t -> used.add("type." + t.name()));
    Arrays.stream(EvidenceUnit.values()).forEach(u -> used.add("unit." + u.name()));
    assertThat(keys("kinds.properties")).isEqualTo(used);
    assertThat(keys("kinds_zh.properties")).isEqualTo(used);
  }

  // ---- the descriptor records' own checks

  @Test
  void descriptorsRefuseWhatDoesNotFit() {
    LocalizedText l = LocalizedText.of("字段", "field");
    EvidenceChoice core = new EvidenceChoice(Tier.CORE, Labels.of(Tier.CORE));
    assertThatThrownBy(() -> field("Bad", EvidenceFieldType.FLAG, l, Optional.empty(),
        Optional.empty(), List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> field("a", EvidenceFieldType.FLAG, l,
        Optional.of(EvidenceUnit.HOUR), Optional.empty(), List.of(), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> field("a", EvidenceFieldType.DATE, l, Optional.empty(),
        Optional.of("x"), List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> field("a", EvidenceFieldType.ENUM, l, Optional.empty(),
        Optional.empty(), List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> field("a", EvidenceFieldType.TEXT, l, Optional.empty(),
        Optional.empty(), List.of(core), false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> field("a", EvidenceFieldType.FLAG, l, Optional.empty(),
        Optional.empty(), List.of(), true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EvidenceField("a", l, EvidenceFieldType.WHOLE_NUMBER,
        Optional.empty(), Optional.of(BigDecimal.TEN), true, Optional.of(BigDecimal.ONE), true,
        OptionalInt.empty(), Optional.empty(), List.of(), false, false, false, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EvidenceField("a", l, EvidenceFieldType.WHOLE_NUMBER,
        Optional.empty(), Optional.empty(), false, Optional.empty(), true,
        OptionalInt.empty(), Optional.empty(), List.of(), false, false, false, true))
        .isInstanceOf(IllegalArgumentException.class);
    EvidenceField ok = field("a", EvidenceFieldType.ENUM, l, Optional.empty(), Optional.empty(),
        List.of(core), false);
    List<EvidenceChoice> mutable = new ArrayList<>(List.of(core));
    EvidenceField copied = field("a", EvidenceFieldType.ENUM, l, Optional.empty(),
        Optional.empty(), mutable, false);
    mutable.clear();
    assertThat(copied.choices()).containsExactly(core);
    assertThat(ok).hasToString("EvidenceField[a: ENUM]");
    assertThatThrownBy(() -> new EvidenceKind("Bad", l, Organisation.class, List.of(ok),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EvidenceKind("x", l, Organisation.class, List.of(),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EvidenceKind("x", l, Organisation.class, List.of(ok, ok),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EvidenceKind("x", l, Organisation.class, List.of(ok),
        Optional.of("a"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(EvidenceKinds.byName("care-carrier").orElseThrow())
        .hasToString("EvidenceKind[care-carrier]");
  }

  private static EvidenceField field(String name, EvidenceFieldType type, LocalizedText label,
      Optional<EvidenceUnit> unit, Optional<String> pattern, List<EvidenceChoice> choices,
      boolean freeText) {
    return new EvidenceField(name, label, type, unit, Optional.empty(), true, Optional.empty(),
        true, OptionalInt.empty(), pattern, choices, false, false, freeText, true);
  }

  // ---- helpers

  private static void assertBilingual(LocalizedText t) {
    assertThat(t.zh()).isNotBlank();
    assertThat(t.en()).isNotBlank();
    assertThat(t.zh()).isNotEqualTo(t.en());
    assertThat(t.zh().codePoints().anyMatch(
        cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
        .as("the zh label is Chinese: %s", t.zh()).isTrue();
  }

  /** A valid record of a kind, built from its description through the canonical constructor. */
  private static Evidence sample(EvidenceKind kind) {
    RecordComponent[] rcs = kind.recordClass().getRecordComponents();
    Object[] args = new Object[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      EvidenceField f = kind.field(rcs[i].getName()).orElseThrow();
      Class<?> t = rcs[i].getType();
      args[i] = switch (f.type()) {
        case FLAG -> true;
        case WHOLE_NUMBER -> f.max().orElseThrow().intValueExact();
        case DECIMAL, YUAN -> f.max().orElseThrow();
        case DATE -> LocalDate.of(2020, 1, 1).plusDays(i);
        case ENUM -> f.choices().get(f.choices().size() - 1).constant();
        case SCALAR -> "1";
        case TEXT -> t == ElderRef.class ? ElderRef.of("E07")
            : f.pattern().isPresent() ? "" : "t";
      };
    }
    try {
      return kind.recordClass().getDeclaredConstructor(
          Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new))
          .newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(kind.name(), e);
    }
  }

  /**
   * Bean Validation annotations are declared on the component and propagated to its accessor
   * (they do not target record components themselves).
   */
  private static AnnotatedElement annotated(RecordComponent rc) {
    return rc.getAccessor();
  }

  private static boolean has(RecordComponent rc, Class<? extends Annotation> a) {
    return annotated(rc).isAnnotationPresent(a);
  }

  private static <A extends Annotation> A get(RecordComponent rc, Class<A> a) {
    return annotated(rc).getAnnotation(a);
  }

  private static Set<String> keys(String file) throws IOException {
    Properties props = new Properties();
    try (InputStream in = EvidenceKindsTest.class.getResourceAsStream(
        "/io/github/ggw/standards/model/evidence/" + file)) {
      assertThat(in).as(file).isNotNull();
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return props.stringPropertyNames();
  }
}
