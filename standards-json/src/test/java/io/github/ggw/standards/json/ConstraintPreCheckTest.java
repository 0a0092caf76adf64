package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The pre-check of {@link ModelValidator} knows every constraint Hibernate Validator checks on
 * a self-assessment, and proves the bundled samples valid without it.
 */
class ConstraintPreCheckTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator PLAIN = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  /**
   * Hibernate Validator's metadata of every class a self-assessment's validation reaches, as
   * {@code Class.property: Constraint(attributes)}; each line is one that {@code
   * ConstraintPreCheck} checks. A constraint added to the model (or a class a cascade now
   * reaches) changes this list: then {@code ConstraintPreCheck} must check it too, and the line
   * is added here.
   */
  @Test
  void theMetadataOfAnAssessmentsClassesIsWhatThePreCheckChecks() {
    assertThat(metadata(ImmutableSelfAssessment.class)).containsExactly(
        "CareCarrier.activeFrom: NotNull()",
        "CareCarrier.kind: NotNull()",
        "CareCarrier.sessionsHeld: Max(value=10000) PositiveOrZero()",
        "Claim.code: NotNull()",
        "Claim.deficiencies: NotNull()",
        "Claim.narrative: NotNull() Size(max=2000, min=0)",
        "Claim.points: NotNull()",
        "DesignationHeld.conferredOn: NotNull()",
        "DesignationHeld.documentNumber: NotBlank() Size(max=60, min=0)",
        "DesignationHeld.kind: NotNull()",
        "DesignationHeld.level: NotNull()",
        "DifficultySupport.kind: NotNull()",
        "DifficultySupport.pupilsSupported: Max(value=100000) PositiveOrZero()",
        "DocumentRecord.date: NotNull()",
        "DocumentRecord.kind: NotNull()",
        "DocumentRecord.sha256: NotNull() Pattern(flags=[], regexp=|[0-9a-f]{64})",
        "DocumentRecord.title: NotBlank() Size(max=200, min=0)",
        "ElderMember.category: NotNull()",
        "ElderMember.elder: NotNull() cascaded to ElderRef",
        "ElderMember.joined: NotNull()",
        "ElderMember.tier: NotNull()",
        "FactValue.code: NotNull() Pattern(flags=[], regexp=[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*)",
        "FactValue.value: NotBlank()",
        "ImmutableSelfAssessment.claims: Size(max=2000, min=0)",
        "ImmutableSelfAssessment.claims<0>: NotNull() cascaded to Claim",
        "ImmutableSelfAssessment.evidence: Size(max=10000, min=0)",
        "ImmutableSelfAssessment.evidence<0>: NotNull() cascaded to Evidence",
        "ImmutableSelfAssessment.standardId: NotNull() cascaded to StandardId",
        "ImmutableSelfAssessment.standardVersion: NotNull() cascaded to StandardVersion",
        "ImmutableSelfAssessment.unit: NotNull() cascaded to Unit",
        "ImmutableSelfAssessment.year: Max(value=2100) Min(value=2000)",
        "Incident.date: NotNull()",
        "Incident.description: NotBlank() Size(max=500, min=0)",
        "Incident.kind: NotNull()",
        "Incident.raisedBy: NotNull()",
        "Mentoring.count: Max(value=10000) PositiveOrZero()",
        "Mentoring.kind: NotNull()",
        "Mentoring.since: NotNull()",
        "Organisation.annualFundingYuan: DecimalMax(inclusive=true, value=100000000)"
            + " DecimalMin(inclusive=true, value=0) NotNull()",
        "Organisation.members: Max(value=500) PositiveOrZero()",
        "Organisation.workingTeamElders: Max(value=500) PositiveOrZero()",
        "Publicity.count: Max(value=10000) PositiveOrZero()",
        "Publicity.date: NotNull()",
        "Publicity.kind: NotNull()",
        "ResearchOutput.date: NotNull()",
        "ResearchOutput.kind: NotNull()",
        "ResearchOutput.title: NotBlank() Size(max=200, min=0)",
        "ThemedActivity.award: NotNull()",
        "ThemedActivity.date: NotNull()",
        "ThemedActivity.kind: NotNull()",
        "ThemedActivity.level: NotNull()",
        "ThemedActivity.participants: Max(value=100000) PositiveOrZero()",
        "ThemedActivity.title: NotBlank() Size(max=200, min=0)",
        "TrainingSession.attendees: Max(value=10000) PositiveOrZero()",
        "TrainingSession.date: NotNull()",
        "TrainingSession.hours: DecimalMax(inclusive=true, value=24)"
            + " DecimalMin(inclusive=false, value=0) NotNull()",
        "TrainingSession.kind: NotNull()",
        "TrainingSession.topic: NotBlank() Size(max=200, min=0)",
        "Unit.district: NotNull() cascaded to DistrictCode",
        "Unit.id: NotNull() cascaded to UnitId",
        "Unit.name: NotBlank() Size(max=100, min=0)",
        "Unit.type: NotNull()",
        "VulnerabilitySupport.kind: NotNull()",
        "VulnerabilitySupport.youthsHelped: Max(value=100000) PositiveOrZero()");
  }

  @Test
  void theBundledSamplesAreProvenValidWithoutHibernateValidator() {
    StandardsJson json = StandardsJson.create();
    Set<Class<?>> kinds = new LinkedHashSet<>();
    for (String name : ReferenceData.sampleNames()) {
      SelfAssessment a = json.readAssessment(ReferenceData.sample(name)).orElseThrow();
      assertThat(PLAIN.validate(a)).as(name).isEmpty();
      assertThat(ConstraintPreCheck.satisfied(a)).as(name).isTrue();
      a.getEvidence().forEach(e -> kinds.add(e.getClass()));
    }
    // the samples reach most kinds of evidence, so that the proof above is not of a few only
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void valuesOfOtherClassesAreLeftToHibernateValidator() {
    assertThat(ConstraintPreCheck.satisfied(null)).isFalse();
    assertThat(ConstraintPreCheck.satisfied("text")).isFalse();
    assertThat(ConstraintPreCheck.satisfied(ReferenceData.changzhouStandard())).isFalse();
  }

  /** Every constrained property of the classes a validation of {@code root} reaches. */
  static List<String> metadata(Class<?> root) {
    Set<String> out = new TreeSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    Set<Class<?>> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!seen.add(c)) {
        continue;
      }
      if (c.isSealed()) {
        todo.addAll(Arrays.asList(c.getPermittedSubclasses()));
      }
      BeanDescriptor bean = PLAIN.getConstraintsForClass(c);
      if (!bean.getConstraintDescriptors().isEmpty()) {
        out.add(c.getSimpleName() + ": " + constraints(bean.getConstraintDescriptors()));
      }
      for (PropertyDescriptor p : bean.getConstrainedProperties()) {
        String at = c.getSimpleName() + "." + p.getPropertyName();
        if (!p.getConstraintDescriptors().isEmpty() || p.isCascaded()) {
          out.add(at + ": " + constraints(p.getConstraintDescriptors())
              + (p.isCascaded() ? " cascaded to " + p.getElementClass().getSimpleName() : ""));
        }
        if (p.isCascaded()) {
          todo.add(p.getElementClass());
        }
        for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
          Class<?> element = elementClass(c, p.getPropertyName());
          out.add(at + "<" + e.getTypeArgumentIndex() + ">: "
              + constraints(e.getConstraintDescriptors())
              + (e.isCascaded() ? " cascaded to " + element.getSimpleName() : ""));
          if (e.isCascaded()) {
            todo.add(element);
          }
          assertThat(e.getConstrainedContainerElementTypes()).as(at).isEmpty();
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The element type of a list-valued getter {@code getX()} (its first type argument). */
  private static Class<?> elementClass(Class<?> c, String property) {
    try {
      java.lang.reflect.Method getter = c.getMethod(
          "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
      java.lang.reflect.ParameterizedType t =
          (java.lang.reflect.ParameterizedType) getter.getGenericReturnType();
      return (Class<?>) t.getActualTypeArguments()[0];
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new AssertionError(c + "." + property + ": not a list getter", e);
    }
  }

  private static String constraints(Set<ConstraintDescriptor<?>> descriptors) {
    Set<String> out = new TreeSet<>();
    for (ConstraintDescriptor<?> d : descriptors) {
      Map<String, String> attributes = new TreeMap<>();
      d.getAttributes().forEach((k, v) -> {
        if (!Set.of("message", "groups", "payload").contains(k)) {
          attributes.put(k, v instanceof Object[] array ? Arrays.toString(array)
              : String.valueOf(v));
        }
      });
      assertThat(d.getGroups()).as(d.toString()).containsExactly(jakarta.validation.groups
          .Default.class);
      assertThat(d.getComposingConstraints()).as(d.toString()).isEmpty();
      out.add(d.getAnnotation().annotationType().getSimpleName() + "("
          + String.join(", ", attributes.entrySet().stream()
              .map(en -> en.getKey() + "=" + en.getValue()).toList()) + ")");
    }
    return String.join(" ", out);
  }
}
