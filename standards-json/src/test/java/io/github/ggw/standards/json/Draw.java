package io.github.ggw.standards.json;

import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Draws from a QuickTheories randomness source, shrinking towards the low end. */
final class Draw {
  private Draw() {}

  static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  @SafeVarargs
  static <E> E pick(RandomnessSource in, E... values) {
    return values[between(in, 0, values.length - 1)];
  }

  /** A piece of dated evidence in 2022 (training, activity or publicity). */
  static Evidence evidence(RandomnessSource in) {
    LocalDate date = LocalDate.ofYearDay(2022, between(in, 1, 365));
    return switch (between(in, 0, 2)) {
      case 0 -> new TrainingSession(pick(in, TrainingKind.values()), date,
          BigDecimal.valueOf(between(in, 1, 8)), between(in, 0, 50), "学习");
      case 1 -> new ThemedActivity(pick(in, ActivityKind.values()), date,
          pick(in, Level.values()), between(in, 0, 300), pick(in, Award.values()), "活动");
      default -> new Publicity(pick(in, PublicityKind.values()), date, between(in, 0, 6));
    };
  }
}
