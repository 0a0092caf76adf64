package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.Messages;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level constraint of a {@link Standard}: its last valid day, when given, is not before
 * its effective date (有效期). Messages come from {@code ContributorValidationMessages*.properties}.
 */
@Documented
@Constraint(validatedBy = ValidityPeriod.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidityPeriod {
  /** @return the message template */
  String message() default "{io.github.ggw.standards.model.standard.ValidityPeriod.message}";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks the period of a standard; null is valid (other constraints report nulls). */
  final class Validator implements ConstraintValidator<ValidityPeriod, Standard> {
    @Override
    public boolean isValid(Standard s, ConstraintValidatorContext context) {
      return s == null || s.getValidUntil().map(u -> !u.isBefore(s.getEffectiveFrom()))
          .orElse(true);
    }
  }
}
