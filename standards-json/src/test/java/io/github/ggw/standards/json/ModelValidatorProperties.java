package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.standard.UnitType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * {@link ModelValidator} gives exactly the problems of plain Hibernate Validator validation, over
 * valid self-assessments and over ones whose fields are mutated to violate (or just meet) their
 * constraints: the bundled samples with evidence records of every kind added or replaced, each
 * component drawn from values at and beside its bounds, the unit's name and the year changed,
 * and now and then more evidence or claims than allowed.
 */
class ModelValidatorProperties {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  /** Hibernate Validator with its defaults, as a reference independent of ModelValidator. */
  private static final Validator PLAIN = FACTORY.getValidator();
  private static final ModelValidator VALIDATOR = ModelValidator.create();
  private static final List<SelfAssessment> SAMPLES = samples();
  @SuppressWarnings("unchecked")
  private static final List<Class<? extends Evidence>> KINDS = List.of(
      (Class<? extends Evidence>[]) Evidence.class.getPermittedSubclasses());

  private static final int[] INTS = {0, 1, 7, 499, 500, 501, 9999, 10000, 10001, 99999, 100000,
      100001, Integer.MAX_VALUE};
  private static final String[] DECIMALS = {"0", "0.0", "0.000001", "0.5", "1", "23.99", "24",
      "24.00", "24.01", "99999999.99", "100000000", "100000000.01", "1E+9"};
  private static final String HEX = "0123456789abcdef".repeat(4);
  private static final String[] TEXTS = {"", " ", "\t\n", "\u0001", "\u3000", "\u3000x", "a",
      " a ", "学习培训", "a.b", "aB1.c2", "A.b", "a..b", "a.", "1a", "", HEX, HEX.toUpperCase(),
      HEX.substring(1), HEX + "0", HEX.substring(1) + "g", "a.B", "a.1b", "a-b", "ß", "a.b.c9"};
  private static final int[] LENGTHS = {59, 60, 61, 99, 100, 101, 199, 200, 201, 499, 500, 501,
      1999, 2000, 2001};

  @AfterAll
  static void close() {
    FACTORY.close();
    VALIDATOR.close();
  }

  @Test
  void theProblemsAreThoseOfPlainHibernateValidator() {
    int[] valid = new int[2];
    qt().withExamples(400).forAll(assessments()).checkAssert(a -> {
      Set<ConstraintViolation<SelfAssessment>> plain = PLAIN.validate(a);
      List<Problem> problems = VALIDATOR.validate(a);
      // the same problems as Hibernate Validator's whole run, message texts included
      List<Problem> all = VALIDATOR.validateAll(a);
      assertThat(problems).isEqualTo(all);
      assertThat(texts(problems)).isEqualTo(texts(all));
      // and that run is plain Hibernate Validator's: one problem per violation, at its path
      assertThat(problems.stream().map(p -> p.getLocation().getPointer().orElseThrow())
          .sorted().toList()).isEqualTo(plain.stream().map(v -> pointer(v)).sorted().toList());
      // the pre-check proves valid exactly what Hibernate Validator finds valid
      assertThat(ConstraintPreCheck.satisfied(a)).isEqualTo(plain.isEmpty());
      valid[plain.isEmpty() ? 0 : 1]++;
    });
    // both kinds of value were drawn often enough for the property to say something
    assertThat(valid[0]).isGreaterThan(40);
    assertThat(valid[1]).isGreaterThan(40);
  }

  @Test
  void eachEvidenceRecordAndUnitIsProvenValidExactlyWhenHibernateValidatorFindsItValid() {
    int[] valid = new int[2];
    qt().withExamples(5000).forAll(in -> pick(in, 3) == 0 ? unit(in) : record(in, 1))
        .checkAssert(v -> {
          boolean plain = PLAIN.validate(v).isEmpty();
          assertThat(ConstraintPreCheck.satisfied(v)).as(v.getClass().getSimpleName())
              .isEqualTo(plain);
          assertThat(VALIDATOR.validate(v)).isEqualTo(VALIDATOR.validateAll(v));
          valid[plain ? 0 : 1]++;
        });
    assertThat(valid[0]).isGreaterThan(500);
    assertThat(valid[1]).isGreaterThan(500);
  }

  /** A bundled sample with its unit, year, evidence or claims changed. */
  private static Gen<SelfAssessment> assessments() {
    return in -> {
      SelfAssessment base = SAMPLES.get(pick(in, SAMPLES.size()));
      ImmutableSelfAssessment.Builder b = ImmutableSelfAssessment.builder().from(base);
      if (pick(in, 4) == 0) {
        b.year(new int[] {1999, 2000, 2022, 2100, 2101}[pick(in, 5)]);
      }
      if (pick(in, 4) == 0) {
        b.unit(unit(in));
      }
      List<Evidence> evidence = new ArrayList<>(base.getEvidence());
      int changes = pick(in, 4) == 0 ? 0 : pick(in, 3);
      for (int i = 0; i < changes; i++) {
        Evidence e = record(in, 3);
        if (!evidence.isEmpty() && pick(in, 2) == 0) {
          evidence.set(pick(in, evidence.size()), e);
        } else {
          evidence.add(pick(in, evidence.size() + 1), e);
        }
      }
      List<Claim> claims = new ArrayList<>(base.getClaims());
      int large = pick(in, 100);
      if (large == 0 && !base.getEvidence().isEmpty()) {
        // one record more than the 10,000 allowed, or exactly as many (copies of a valid one:
        // ten thousand violations would only slow Hibernate Validator down)
        evidence.addAll(Collections.nCopies(10000 - evidence.size() + pick(in, 2),
            base.getEvidence().get(0)));
      } else if (large == 1 && !claims.isEmpty()) {
        claims.addAll(Collections.nCopies(2000 - claims.size() + pick(in, 2), claims.get(0)));
      }
      if (!claims.isEmpty() && pick(in, 4) == 0) {
        int at = pick(in, claims.size());
        Claim c = claims.get(at);
        String narrative = text(in);
        if (narrative.length() <= 2000) {
          claims.set(at, new Claim(c.code(), c.points(), narrative, c.deficiencies(),
              c.pointsGiven()));
        }
      }
      return b.evidence(evidence).claims(claims).build();
    };
  }

  /** A unit whose name is drawn from values at and beside its bounds. */
  private static Unit unit(RandomnessSource in) {
    while (true) {
      try {
        return new Unit(new UnitId("WJ-PS-001"), text(in),
            UnitType.values()[pick(in, UnitType.values().length)], new DistrictCode("320412"));
      } catch (RuntimeException refused) {
        // the constructor's own checks: draw again
      }
    }
  }

  /**
   * An evidence record of any kind, each component drawn from values at and beside its bounds
   * (one in {@code safeEvery} a value no constraint refuses), drawn again while the record's
   * constructor refuses it.
   */
  private static Evidence record(RandomnessSource in, int safeEvery) {
    Class<? extends Evidence> kind = KINDS.get(pick(in, KINDS.size()));
    RecordComponent[] components = kind.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    for (int attempt = 0; attempt < 100; attempt++) {
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        boolean safe = safeEvery > 1 && pick(in, safeEvery) != 0;
        args[i] = value(in, components[i], safe);
      }
      try {
        Constructor<? extends Evidence> c = kind.getDeclaredConstructor(types);
        return c.newInstance(args);
      } catch (InvocationTargetException refused) {
        // the constructor's own checks: draw again
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(kind + ": no canonical constructor", e);
      }
    }
    throw new AssertionError(kind + ": no record drawn in 100 attempts");
  }

  /** A component's value; a safe one meets every constraint the model puts on such values. */
  private static Object value(RandomnessSource in, RecordComponent component, boolean safe) {
    Class<?> t = component.getType();
    if (t == int.class) {
      return safe ? 1 : INTS[pick(in, INTS.length)];
    }
    if (t == boolean.class) {
      return pick(in, 2) == 0;
    }
    if (t == BigDecimal.class) {
      return new BigDecimal(safe ? "1" : DECIMALS[pick(in, DECIMALS.length)]);
    }
    if (t == LocalDate.class) {
      return LocalDate.of(2022, 1 + pick(in, 12), 1 + pick(in, 28));
    }
    if (t == ElderRef.class) {
      return new ElderRef("E" + pick(in, 5));
    }
    if (t.isEnum()) {
      Object[] constants = t.getEnumConstants();
      return constants[pick(in, constants.length)];
    }
    if (t == String.class) {
      if (safe) {
        return switch (component.getName()) {
          case "sha256" -> pick(in, 2) == 0 ? "" : HEX;
          case "code" -> "a.b";
          default -> "a";
        };
      }
      return text(in);
    }
    throw new AssertionError("no values for " + t + " " + component.getName());
  }

  /** A text at or beside a bound: blank forms, pattern forms, lengths around each maximum. */
  private static String text(RandomnessSource in) {
    if (pick(in, 3) == 0) {
      int length = LENGTHS[pick(in, LENGTHS.length)];
      return (pick(in, 2) == 0 ? "x" : "关").repeat(length);
    }
    return TEXTS[pick(in, TEXTS.length)];
  }

  private static int pick(RandomnessSource in, int n) {
    return (int) in.next(Constraint.between(0, n - 1));
  }

  private static List<String> texts(List<Problem> problems) {
    return problems.stream().map(p -> p.getMessageZh() + " | " + p.getMessageEn()).toList();
  }

  /** A violation's path as the JSON pointer ModelValidator gives it. */
  private static String pointer(ConstraintViolation<?> v) {
    StringBuilder sb = new StringBuilder();
    for (jakarta.validation.Path.Node n : v.getPropertyPath()) {
      if (n.getIndex() != null) {
        sb.append('/').append(n.getIndex());
      }
      if (n.getName() != null && !n.getName().startsWith("<")) {
        sb.append('/').append(n.getName());
      }
    }
    return sb.toString();
  }

  private static List<SelfAssessment> samples() {
    StandardsJson json = StandardsJson.create();
    return ReferenceData.sampleNames().stream()
        .map(n -> json.readAssessment(ReferenceData.sample(n)).orElseThrow())
        .collect(Collectors.toList());
  }
}
