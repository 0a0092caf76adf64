package io.github.ggw.standards.json;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.evidence.VulnerabilitySupport;
import java.math.BigDecimal;
import java.util.List;

/**
 * A proof, without Hibernate Validator, that a value of a known class satisfies every Bean
 * Validation constraint that Hibernate Validator would check on it (default group, cascades
 * included): a self-assessment, its unit, its claims and every kind of evidence record.
 *
 * <p>{@link #satisfied(Object)} answers true only when each constraint holds, tested as
 * Hibernate Validator's own built-in validators test it: {@code @NotNull} is {@code != null};
 * {@code @NotBlank} is not null and not {@link String#isBlank()}; {@code @Size} counts {@link
 * String#length()} chars or list elements; {@code @Min}, {@code @Max} and {@code
 * @PositiveOrZero} compare ints; {@code @DecimalMin} and {@code @DecimalMax} call the value's own {@link
 * BigDecimal#compareTo}, as Hibernate Validator does (never {@code signum()}, which a subclass
 * may answer otherwise); {@code @Pattern} is a whole match of the expression (the model's two
 * expressions, written out as loops over the chars). It answers false for a violation, a null
 * where the model never has one, and any value whose exact class is not one of those below (a
 * subclass may add constraints); the caller then runs Hibernate Validator, which reports the
 * problems. So the problems of a value are always Hibernate Validator's; this only skips its
 * run where it would find nothing. The
 * constraints checked here are the ones declared on the model's types; a test pins Hibernate
 * Validator's metadata of them, so a constraint added there without a check here fails the
 * build.
 *
 * <p>Stateless and thread-safe; allocates nothing.
 */
final class ConstraintPreCheck {
  private static final BigDecimal HOURS_MAX = new BigDecimal("24");
  private static final BigDecimal FUNDING_MAX = new BigDecimal("100000000");

  private ConstraintPreCheck() {}

  /**
   * Whether every constraint of a value is proven satisfied.
   *
   * @param value any value, may be null
   * @return true only when Hibernate Validator would find no violation in it; false when a
   *     constraint is violated or the value's class is not known here
   */
  static boolean satisfied(Object value) {
    if (value == null) {
      return false;
    }
    Class<?> c = value.getClass();
    if (c == ImmutableSelfAssessment.class) {
      return assessment((SelfAssessment) value);
    }
    if (c == Unit.class) {
      return unit((Unit) value);
    }
    if (c == Claim.class) {
      return claim((Claim) value);
    }
    if (value instanceof Evidence e) {
      return evidence(e);
    }
    return false;
  }

  private static boolean assessment(SelfAssessment a) {
    int year = a.getYear();
    if (year < 2000 || year > 2100 || a.getStandardId() == null
        || a.getStandardVersion() == null || !unit(a.getUnit())) {
      return false;
    }
    List<?> evidence = a.getEvidence();
    if (evidence == null || evidence.size() > 10000) {
      return false;
    }
    for (int i = 0, n = evidence.size(); i < n; i++) {
      // read as Object: a raw list may hold anything, which Hibernate Validator cascades into
      Object e = evidence.get(i);
      if (!(e instanceof Evidence record) || !evidence(record)) {
        return false;
      }
    }
    List<?> claims = a.getClaims();
    if (claims == null || claims.size() > 2000) {
      return false;
    }
    for (int i = 0, n = claims.size(); i < n; i++) {
      Object claim = claims.get(i);
      if (claim == null || claim.getClass() != Claim.class || !claim((Claim) claim)) {
        return false;
      }
    }
    return true;
  }

  private static boolean unit(Unit u) {
    return u != null && u.getClass() == Unit.class && u.id() != null && u.type() != null
        && u.district() != null && notBlank(u.name()) && u.name().length() <= 100;
  }

  private static boolean claim(Claim c) {
    return c.code() != null && c.points() != null && c.deficiencies() != null
        && c.narrative() != null && c.narrative().length() <= 2000;
  }

  /** Every permitted evidence record is a final record, so its class says its constraints. */
  private static boolean evidence(Evidence e) {
    if (e instanceof TrainingSession t) {
      return t.kind() != null && t.date() != null && t.hours() != null
          && t.hours().compareTo(BigDecimal.ZERO) > 0 && t.hours().compareTo(HOURS_MAX) <= 0
          && count(t.attendees(), 10000) && text(t.topic(), 200);
    }
    if (e instanceof ThemedActivity t) {
      return t.kind() != null && t.date() != null && t.level() != null && t.award() != null
          && count(t.participants(), 100000) && text(t.title(), 200);
    }
    if (e instanceof ElderMember m) {
      // ElderRef, cascaded, declares no constraint
      return m.elder() != null && m.category() != null && m.tier() != null
          && m.joined() != null;
    }
    if (e instanceof DocumentRecord d) {
      return d.kind() != null && d.date() != null && text(d.title(), 200)
          && sha256(d.sha256());
    }
    if (e instanceof Organisation o) {
      BigDecimal funding = o.annualFundingYuan();
      return count(o.members(), 500) && count(o.workingTeamElders(), 500) && funding != null
          && funding.compareTo(BigDecimal.ZERO) >= 0 && funding.compareTo(FUNDING_MAX) <= 0;
    }
    if (e instanceof CareCarrier c) {
      return c.kind() != null && c.activeFrom() != null && count(c.sessionsHeld(), 10000);
    }
    if (e instanceof Publicity p) {
      return p.kind() != null && p.date() != null && count(p.count(), 10000);
    }
    if (e instanceof Mentoring m) {
      return m.kind() != null && m.since() != null && count(m.count(), 10000);
    }
    if (e instanceof ResearchOutput r) {
      return r.kind() != null && r.date() != null && text(r.title(), 200);
    }
    if (e instanceof DifficultySupport d) {
      return d.kind() != null && count(d.pupilsSupported(), 100000);
    }
    if (e instanceof VulnerabilitySupport v) {
      return v.kind() != null && count(v.youthsHelped(), 100000);
    }
    if (e instanceof DesignationHeld d) {
      return d.kind() != null && d.level() != null && d.conferredOn() != null
          && text(d.documentNumber(), 60);
    }
    if (e instanceof Incident i) {
      return i.kind() != null && i.date() != null && i.raisedBy() != null
          && text(i.description(), 500);
    }
    if (e instanceof FactValue f) {
      return factCode(f.code()) && notBlank(f.value());
    }
    return false;
  }

  /** {@code @NotNull @Pattern(regexp = "|[0-9a-f]{64}")}: empty, or 64 lowercase hex digits. */
  private static boolean sha256(String value) {
    if (value == null || (!value.isEmpty() && value.length() != 64)) {
      return false;
    }
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code @NotNull @Pattern(regexp = "[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*")}: segments
   * separated by single dots, each a lowercase ASCII letter and then ASCII letters and digits.
   */
  private static boolean factCode(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    boolean segmentStart = true;
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (segmentStart) {
        if (c < 'a' || c > 'z') {
          return false;
        }
        segmentStart = false;
      } else if (c == '.') {
        segmentStart = true;
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return !segmentStart;
  }

  /** {@code @PositiveOrZero @Max(max)} of an int. */
  private static boolean count(int value, int max) {
    return value >= 0 && value <= max;
  }

  /** {@code @NotBlank @Size(max = max)} of a text. */
  private static boolean text(String value, int max) {
    return notBlank(value) && value.length() <= max;
  }

  /**
   * {@code @NotBlank} as Hibernate Validator (9) tests it: not null and not {@link
   * String#isBlank()} (so a text of ideographic spaces is blank, one of control characters is
   * not).
   */
  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
