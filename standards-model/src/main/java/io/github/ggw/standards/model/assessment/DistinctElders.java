package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.evidence.ElderMember;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Set;

/**
 * Class-level constraint of a {@link SelfAssessment}: no elder appears twice on its roster
 * (五老名册不得重复), so that counts of elders by tier are counts of people.
 */
@Documented
@Constraint(validatedBy = DistinctElders.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctElders {
  /** @return the message template */
  String message() default "{io.github.ggw.standards.model.assessment.DistinctElders.message}";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks the roster; null is valid (other constraints report nulls). */
  final class Validator implements ConstraintValidator<DistinctElders, SelfAssessment> {
    @Override
    public boolean isValid(SelfAssessment a, ConstraintValidatorContext context) {
      if (a == null) {
        return true;
      }
      Set<String> seen = new HashSet<>();
      return a.getEvidence().stream().filter(ElderMember.class::isInstance)
          .map(e -> ((ElderMember) e).elder().value()).allMatch(seen::add);
    }
  }
}
