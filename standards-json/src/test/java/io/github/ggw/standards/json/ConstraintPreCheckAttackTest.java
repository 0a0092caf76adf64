package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.IncidentSource;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values chosen to make {@link ConstraintPreCheck} disagree with Hibernate Validator: for each,
 * {@link ModelValidator#validate(Object)} gives exactly what {@link
 * ModelValidator#validateAll(Object)} gives (no exception where Hibernate Validator answers), and
 * the pre-check proves a value valid exactly when plain Hibernate Validator finds it valid, except
 * in the few cases marked as left to Hibernate Validator (the harmless direction).
 */
class ConstraintPreCheckAttackTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator PLAIN = FACTORY.getValidator();
  private static final ModelValidator VALIDATOR = ModelValidator.create();
  private static final LocalDate DAY = LocalDate.of(2022, 3, 1);
  private static final String HEX = "0123456789abcdef".repeat(4);
  private static final ImmutableSelfAssessment SAMPLE = ImmutableSelfAssessment.copyOf(
      StandardsJson.create().readAssessment(ReferenceData.sample(
          ReferenceData.sampleNames().get(0))).orElseThrow());
  /** U+20000, one code point written as two UTF-16 chars. */
  private static final String PAIR = new String(Character.toChars(0x20000));

  @AfterAll
  static void close() {
    FACTORY.close();
    VALIDATOR.close();
  }

  /**
   * One attack: a value, and whether the pre-check is expected to decide it exactly (true) or to
   * leave a value Hibernate Validator finds valid to Hibernate Validator (false).
   */
  private record Case(String name, Supplier<Object> value, boolean exact) {}

  private static Case exact(String name, Supplier<Object> value) {
    return new Case(name, value, true);
  }

  private static Case leftToHibernate(String name, Supplier<Object> value) {
    return new Case(name, value, false);
  }

  @Test
  void blankTextsAreTheBlankTextsOfHibernateValidator() {
    // HV 9's @NotBlank is !toString().isBlank(), i.e. Character.isWhitespace on each code point:
    // U+2028, U+3000, U+001C, U+2003 are whitespace (blank); U+00A0, U+2007, U+202F (no-break
    // spaces), U+200B, U+FEFF, U+0085, U+0001 are not (a text of them is not blank)
    List<Case> cases = new ArrayList<>();
    for (String text : new String[] {"\u2028", "\u2029", "\u3000", "\u3000\u3000", "\u001C",
        "\u001F", "\u000B", "\u2003", "\u1680", "\u00A0", "\u2007", "\u202F", "\u200B",
        "\uFEFF", "\u0085", "\u0001", "\u0000", " \u00A0 ", "\uD800", PAIR, "\u3000x"}) {
      String at = "U+" + Integer.toHexString(text.codePointAt(0)) + " ×" + text.length();
      if (!text.isBlank()) { // Unit's constructor refuses the blank names HV would refuse
        cases.add(exact("unit name " + at, () -> unit(text)));
      }
      cases.add(exact("fact value " + at, () -> new FactValue("a.b", text)));
      cases.add(exact("training topic " + at, () -> training(BigDecimal.ONE, 1, text)));
      cases.add(exact("designation number " + at, () -> designation(text)));
      cases.add(exact("incident description " + at, () -> incident(text)));
      cases.add(exact("assessment with that research title " + at,
          () -> assessment(List.of(research(text)), List.of())));
    }
    check(cases);
  }

  @Test
  void sizesCountUtf16CharsAsHibernateValidatorDoes() {
    // @Size counts String.length(): 100 pairs are 200 chars (at the title's maximum of 200),
    // 101 pairs are 202 chars (over it); 30 pairs + 0 are 60 chars, the document number's max
    check(List.of(
        exact("title of 100 surrogate pairs = 200 chars", () -> research(PAIR.repeat(100))),
        exact("title of 101 surrogate pairs = 202 chars", () -> research(PAIR.repeat(101))),
        exact("title of 99 pairs + 1 char = 199 chars", () -> research(PAIR.repeat(99) + "x")),
        exact("title of 100 pairs + 1 char = 201 chars", () -> research(PAIR.repeat(100) + "x")),
        exact("document number of 30 pairs = 60 chars", () -> designation(PAIR.repeat(30))),
        exact("document number of 30 pairs + 1 = 61 chars",
            () -> designation(PAIR.repeat(30) + "x")),
        exact("unit name of 50 pairs = 100 chars", () -> unit(PAIR.repeat(50))),
        exact("incident description of 250 pairs = 500 chars",
            () -> incident(PAIR.repeat(250))),
        exact("incident description of 250 pairs + 1 = 501 chars",
            () -> incident(PAIR.repeat(250) + "x")),
        exact("document title of 200 ideographs", () -> document("关".repeat(200), HEX)),
        exact("document title of 201 ideographs", () -> document("关".repeat(201), HEX)),
        exact("claim narrative of 1000 pairs = 2000 chars",
            () -> claim(PAIR.repeat(1000))),
        exact("claim narrative empty", () -> claim("")),
        exact("claim narrative of blanks only (no @NotBlank)", () -> claim("\u3000 \t"))));
  }

  @Test
  void patternsAreWholeMatchesOfTheModelsExpressions() {
    List<Case> cases = new ArrayList<>();
    // [a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*, no flags: ASCII only, whole match
    for (String code : new String[] {"a", "a.b", "aZ9.b0.c", "a\n", "a.b\n", "\na", "a.",
        ".a", "a..b", "a.B", "a.9", "A", "é", "aé", "a\u0131", "\u0131", "a\uFF11", "\uFF41",
        "a b", "a_b", "a-b", "a" + PAIR, "a.b.c.d.e.f.g.h", "a" + "Z".repeat(5000), ""}) {
      cases.add(exact("fact code " + code.replace("\n", "\\n"),
          () -> new FactValue(code, "1")));
    }
    // |[0-9a-f]{64}: empty, or 64 lowercase hex digits
    String arabicDigits = "\u0660".repeat(64);
    for (String sha : new String[] {"", HEX, HEX.toUpperCase(), HEX.substring(1),
        HEX + "0", HEX.substring(1) + "g", HEX.substring(1) + "\n", " ".repeat(64),
        arabicDigits, "\uFF10".repeat(64), HEX.substring(2) + PAIR, "\n"}) {
      cases.add(exact("sha256 of " + sha.length() + " chars starting U+"
          + (sha.isEmpty() ? "-" : Integer.toHexString(sha.codePointAt(0))),
          () -> document("a", sha)));
    }
    check(cases);
  }

  @Test
  void decimalsAndCountsAtTheirBounds() {
    List<Case> cases = new ArrayList<>();
    // hours: @DecimalMin(value = "0", inclusive = false) @DecimalMax("24")
    for (String hours : new String[] {"0", "0E-20", "0E+5", "1E-30", "0.0000000001", "24",
        "24.000000000", "2.4E+1", "24.0000000001", "240E-1", "24E0", "25", "1E+3"}) {
      cases.add(exact("hours " + hours, () -> training(new BigDecimal(hours), 1, "t")));
    }
    // funding: @DecimalMin("0") @DecimalMax("100000000"), both inclusive
    for (String funding : new String[] {"0", "0E-9", "0E+9", "1E+8", "100000000.000",
        "100000000.0000000001", "1.00000001E+8", "99999999.9999999999"}) {
      cases.add(exact("funding " + funding, () -> organisation(new BigDecimal(funding), 1)));
    }
    // a BigDecimal subclass whose signum() disagrees with its compareTo: Hibernate Validator
    // compares with compareTo, so zero hours are a violation and negative funding one too
    cases.add(exact("hours 0 in a subclass saying signum 1",
        () -> training(new Signed("0", 1), 1, "t")));
    cases.add(exact("hours 1 in a subclass saying signum 0",
        () -> training(new Signed("1", 0), 1, "t")));
    cases.add(exact("funding -1 in a subclass saying signum 0",
        () -> organisation(new Signed("-1", 0), 1)));
    cases.add(exact("funding 5 in a subclass saying signum 0",
        () -> organisation(new Signed("5", 0), 1)));
    // counts: @PositiveOrZero @Max(n) on ints
    for (int members : new int[] {0, 500, 501, Integer.MAX_VALUE}) {
      cases.add(exact("members " + members, () -> organisation(BigDecimal.ONE, members)));
    }
    for (int attendees : new int[] {0, 10000, 10001, Integer.MAX_VALUE}) {
      cases.add(exact("attendees " + attendees,
          () -> training(BigDecimal.ONE, attendees, "t")));
    }
    for (int participants : new int[] {100000, 100001}) {
      cases.add(exact("participants " + participants, () -> new ThemedActivity(
          ActivityKind.values()[0], DAY, Level.values()[0], participants, Award.values()[0],
          "t")));
    }
    for (int sessions : new int[] {10000, 10001}) {
      cases.add(exact("sessions " + sessions,
          () -> new CareCarrier(CareCarrierKind.values()[0], DAY, sessions)));
    }
    // year: @Min(2000) @Max(2100); 0 is what the builder leaves when no year is given
    for (int year : new int[] {0, 1999, 2000, 2100, 2101, Integer.MIN_VALUE}) {
      cases.add(exact("year " + year, () -> sample().withYear(year)));
    }
    // dates carry no constraint: far past and far future are valid
    cases.add(exact("research dated LocalDate.MIN", () -> new ResearchOutput(
        ResearchKind.values()[0], LocalDate.MIN, "t")));
    cases.add(exact("elder joined LocalDate.MAX", () -> new ElderMember(new ElderRef("E1"),
        ElderCategory.values()[0], Tier.values()[0], false, LocalDate.MAX)));
    check(cases);
  }

  @Test
  void assessmentsBuiltThroughTheApiInStatesNoReaderProduces() {
    // the builder's style checks nothing (validationMethod = NONE): nulls and a zero year pass
    check(List.of(
        exact("no unit", () -> sample().withUnit(null)),
        exact("no standard id", () -> sample().withStandardId(null)),
        exact("no standard version", () -> sample().withStandardVersion(null)),
        exact("nothing set at all", () -> ImmutableSelfAssessment.builder().build()),
        exact("no evidence and no claims", () -> sample().withEvidence(List.of())
            .withClaims(List.of())),
        exact("one record many times, the same instance",
            () -> sample().withEvidence(Collections.nCopies(50, research("t")))),
        exact("one invalid record many times, the same instance",
            () -> sample().withEvidence(Collections.nCopies(3, research(" ")))),
        exact("exactly 10,000 records", () -> sample().withEvidence(
            Collections.nCopies(10000, research("t")))),
        exact("10,001 records", () -> sample().withEvidence(
            Collections.nCopies(10001, research("t")))),
        exact("exactly 2,000 claims", () -> sample().withClaims(
            Collections.nCopies(2000, claim("n")))),
        exact("2,001 claims", () -> sample().withClaims(Collections.nCopies(2001, claim("n")))),
        exact("claim without points, counted", () -> sample().withClaims(List.of(
            Claim.counted(CriterionCode.of("A1"), java.util.Optional.empty(), "",
                DeficiencyCounts.of("D1", 2))))),
        leftToHibernate("a subclass of SelfAssessment (not the immutable one), valid",
            () -> custom(sample().getUnit())),
        exact("every kind of record, valid, in one assessment",
            () -> assessment(everyKind(), List.of(claim("n"))))));
  }

  @Test
  void valuesOfTheWrongClassInsideTheListsAreLeftToHibernateValidator() {
    // raw types let any object into the lists; Hibernate Validator cascades into the object's
    // own class (a String or a claim has none of Evidence's constraints), so it answers, and the
    // pre-check must not throw a ClassCastException where it does
    check(List.of(
        leftToHibernate("a String among the evidence", () -> polluted(true, "not evidence")),
        leftToHibernate("a valid claim among the evidence",
            () -> polluted(true, claim("n"))),
        exact("an invalid record among the claims",
            () -> polluted(false, research(" "))),
        leftToHibernate("a valid record among the claims",
            () -> polluted(false, research("t"))),
        leftToHibernate("a unit among the claims", () -> polluted(false, unit("u")))));
  }

  @Test
  void topLevelValuesOfEveryKind() {
    List<Case> cases = new ArrayList<>();
    for (Evidence e : everyKind()) {
      cases.add(exact("valid " + e.getClass().getSimpleName(), () -> e));
    }
    cases.add(exact("training of zero hours", () -> training(BigDecimal.ZERO, 1, "t")));
    cases.add(exact("fact of code A", () -> new FactValue("A", "1")));
    cases.add(exact("organisation over the funding maximum",
        () -> organisation(new BigDecimal("100000001"), 1)));
    cases.add(exact("valid unit", () -> unit("u")));
    cases.add(exact("valid claim", () -> claim("")));
    cases.add(exact("claim of zero points over a blank narrative (neither constrained)",
        () -> new Claim(CriterionCode.of("A1"), Points.ZERO, "\u3000")));
    cases.add(leftToHibernate("an elder reference (no constraints)", () -> new ElderRef("E1")));
    cases.add(leftToHibernate("a unit id (no constraints)", () -> new UnitId("U1")));
    cases.add(leftToHibernate("a plain object", Object::new));
    check(cases);
  }

  @Test
  void constraintsTheApplicationMapsInValidationXmlAreCheckedToo(@TempDir Path dir)
      throws Exception {
    // an application's META-INF/validation.xml maps @Size(max = 5) onto Unit.name: Hibernate
    // Validator then finds "Wujin school" (12 chars > 5) too long, which the pre-check, knowing
    // the annotations only, would prove satisfied
    Path meta = Files.createDirectories(dir.resolve("META-INF"));
    Files.writeString(meta.resolve("validation.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <validation-config xmlns="https://jakarta.ee/xml/ns/validation/configuration"
            version="3.0">
          <constraint-mapping>META-INF/unit-names.xml</constraint-mapping>
        </validation-config>
        """);
    Files.writeString(meta.resolve("unit-names.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <constraint-mappings xmlns="https://jakarta.ee/xml/ns/validation/mapping" version="3.0">
          <bean class="io.github.ggw.standards.model.assessment.Unit" ignore-annotations="false">
            <field name="name">
              <constraint annotation="jakarta.validation.constraints.Size">
                <element name="max">5</element>
              </constraint>
            </field>
          </bean>
        </constraint-mappings>
        """);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
      thread.setContextClassLoader(loader);
      try (ModelValidator mapped = ModelValidator.create()) {
        Unit unit = unit("Wujin school");
        List<Problem> all = mapped.validateAll(unit);
        assertThat(all).extracting(p -> p.getLocation().getPointer().orElseThrow())
            .containsExactly("/name");
        assertThat(mapped.validate(unit)).isEqualTo(all);
        SelfAssessment a = sample().withUnit(unit);
        assertThat(mapped.validateAll(a)).extracting(
            p -> p.getLocation().getPointer().orElseThrow()).containsExactly("/unit/name");
        assertThat(mapped.validate(a)).isEqualTo(mapped.validateAll(a));
      }
    } finally {
      thread.setContextClassLoader(before);
    }
    // without that file the name is valid and the pre-check proves it
    assertThat(VALIDATOR.validate(unit("Wujin school"))).isEmpty();
    assertThat(ConstraintPreCheck.satisfied(unit("Wujin school"))).isTrue();
  }

  /** A validator an application registers for {@code @NotBlank} on strings: refuses "x". */
  public static final class NoLoneX implements ConstraintValidator<NotBlank, String> {
    /** For the service loader. */
    public NoLoneX() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value != null && !value.isBlank() && !value.equals("x");
    }
  }

  /**
   * An application registers {@link NoLoneX} as a service: Hibernate Validator prefers it (for
   * {@code String}) to its own {@code @NotBlank} validator (for {@code CharSequence}), so the
   * name "x" is a violation that the pre-check, testing {@code isBlank()}, would prove
   * satisfied.
   */
  @Test
  void constraintValidatorsTheApplicationRegistersAsServicesAreUsedToo(@TempDir Path dir)
      throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(ConstraintValidator.class.getName()),
        NoLoneX.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
      thread.setContextClassLoader(loader);
      assertThat(ModelValidator.servicesRegistered()).isTrue();
      try (ModelValidator registered = ModelValidator.create()) {
        Unit unit = unit("x");
        List<Problem> all = registered.validateAll(unit);
        assertThat(all).extracting(p -> p.getLocation().getPointer().orElseThrow())
            .containsExactly("/name");
        assertThat(registered.validate(unit)).isEqualTo(all);
      }
    } finally {
      thread.setContextClassLoader(before);
    }
    // this module's own class path registers none, so the pre-check stays in use there
    assertThat(ModelValidator.servicesRegistered()).isFalse();
    assertThat(VALIDATOR.validate(unit("x"))).isEmpty();
  }

  /** A value extractor an application could register for lists: yields no element. */
  public static final class NoElements implements ValueExtractor<List<@ExtractedValue ?>> {
    /** For the service loader. */
    public NoElements() {}

    @Override
    public void extractValues(List<?> list, ValueReceiver receiver) {
      // extracts nothing
    }
  }

  @Test
  void aValueExtractorRegisteredAsAServiceTurnsThePreCheckOff(@TempDir Path dir)
      throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(ValueExtractor.class.getName()),
        NoElements.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
      thread.setContextClassLoader(loader);
      assertThat(ModelValidator.servicesRegistered()).isTrue();
    } finally {
      thread.setContextClassLoader(before);
    }
    assertThat(ModelValidator.servicesRegistered()).isFalse();
  }

  /** Each case: validate equals validateAll; the pre-check matches plain HV where exact. */
  private static void check(List<Case> cases) {
    int valid = 0;
    for (Case c : cases) {
      Object v = c.value().get();
      boolean plainValid = PLAIN.validate(v).isEmpty();
      List<Problem> all = VALIDATOR.validateAll(v);
      assertThat(VALIDATOR.validate(v)).as(c.name()).isEqualTo(all);
      assertThat(all.isEmpty()).as(c.name()).isEqualTo(plainValid);
      if (c.exact()) {
        assertThat(ConstraintPreCheck.satisfied(v)).as(c.name()).isEqualTo(plainValid);
      } else {
        // the harmless direction: Hibernate Validator finds it valid, the pre-check cannot say
        assertThat(plainValid).as(c.name()).isTrue();
        assertThat(ConstraintPreCheck.satisfied(v)).as(c.name()).isFalse();
      }
      valid += plainValid ? 1 : 0;
    }
    // a table all of one answer would say little about the pre-check's decisions
    if (cases.size() > 4) {
      assertThat(valid).as("valid cases").isBetween(1, cases.size() - 1);
    }
  }

  /** The first bundled sample, valid. */
  private static ImmutableSelfAssessment sample() {
    return SAMPLE;
  }

  /** A decimal whose {@code signum()} is fixed, whatever its value (the API lets one in). */
  private static final class Signed extends BigDecimal {
    private static final long serialVersionUID = 1L;
    private final int signum;

    Signed(String value, int signum) {
      super(value);
      this.signum = signum;
    }

    @Override
    public int signum() {
      return signum;
    }

    @Override
    public boolean equals(Object o) {
      return super.equals(o);
    }

    @Override
    public int hashCode() {
      return super.hashCode();
    }
  }

  private static ImmutableSelfAssessment assessment(List<Evidence> evidence, List<Claim> claims) {
    return sample().withEvidence(evidence).withClaims(claims);
  }

  /** The sample with {@code extra} appended to its evidence or its claims through a raw list. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ImmutableSelfAssessment polluted(boolean evidence, Object extra) {
    ImmutableSelfAssessment a = sample();
    List raw = new ArrayList<>(evidence ? a.getEvidence() : a.getClaims());
    raw.add(extra);
    return evidence ? a.withEvidence((List<Evidence>) raw) : a.withClaims((List<Claim>) raw);
  }

  /** A subclass of the abstract assessment that is not Immutables' implementation. */
  private static SelfAssessment custom(Unit unit) {
    ImmutableSelfAssessment base = sample();
    return new SelfAssessment() {
      @Override
      public Unit getUnit() {
        return unit;
      }

      @Override
      public StandardId getStandardId() {
        return base.getStandardId();
      }

      @Override
      public StandardVersion getStandardVersion() {
        return base.getStandardVersion();
      }

      @Override
      public int getYear() {
        return base.getYear();
      }

      @Override
      public List<Evidence> getEvidence() {
        return base.getEvidence();
      }

      @Override
      public List<Claim> getClaims() {
        return base.getClaims();
      }
    };
  }

  private static List<Evidence> everyKind() {
    return List.of(training(BigDecimal.ONE, 1, "t"), research("t"), document("t", ""),
        designation("N1"), incident("d"), new FactValue("a", "1"),
        organisation(BigDecimal.TEN, 3),
        new CareCarrier(CareCarrierKind.values()[0], DAY, 0),
        new ElderMember(new ElderRef("E1"), ElderCategory.values()[0], Tier.values()[0], true,
            DAY),
        new ThemedActivity(ActivityKind.values()[0], DAY, Level.values()[0], 0,
            Award.values()[0], "t"));
  }

  private static Unit unit(String name) {
    return new Unit(new UnitId("WJ-PS-001"), name, UnitType.values()[0],
        new DistrictCode("320412"));
  }

  private static Claim claim(String narrative) {
    return new Claim(CriterionCode.of("A1"), Points.of(1), narrative);
  }

  private static TrainingSession training(BigDecimal hours, int attendees, String topic) {
    return new TrainingSession(TrainingKind.values()[0], DAY, hours, attendees, topic);
  }

  private static ResearchOutput research(String title) {
    return new ResearchOutput(ResearchKind.values()[0], DAY, title);
  }

  private static DocumentRecord document(String title, String sha256) {
    return new DocumentRecord(DocumentKind.values()[0], title, DAY, sha256);
  }

  private static DesignationHeld designation(String number) {
    return new DesignationHeld(DesignationKind.values()[0], Level.values()[0], DAY, number);
  }

  private static Incident incident(String description) {
    return new Incident(IncidentKind.values()[0], DAY, IncidentSource.values()[0], description);
  }

  private static Organisation organisation(BigDecimal funding, int members) {
    return new Organisation(true, members, 0, true, false, funding, true);
  }
}
