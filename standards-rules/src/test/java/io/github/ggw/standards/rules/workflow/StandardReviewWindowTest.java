package io.github.ggw.standards.rules.workflow;

import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.ReviewPeriod;
import io.github.ggw.standards.model.workflow.CaseFile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard's own review window, used by the workflow when acting: a table of the default
 * window and a custom one, with events just inside and just outside each end (calendar dates in
 * Asia/Shanghai, UTC+8, so local midnight is 16:00 UTC of the day before).
 */
class StandardReviewWindowTest {
  private static final Workflow DEFAULT = WorkflowFixture.workflow();
  /** Opens 3 months after 1 January 2022 (1 April 2022), closes 15 after (to 31 March 2023). */
  private static final Workflow CUSTOM = Workflow.create(
      ImmutableStandard.copyOf(WorkflowFixture.sheet()).withReviewWindow(new ReviewPeriod(3, 15)),
      WorkflowFixture.registry(), WorkflowFixture::digest,
      Clock.fixed(WorkflowFixture.T0, ZoneOffset.UTC));

  static Stream<Arguments> submissions() {
    return Stream.of(
        // default 0-24: 2022-01-01 to 2023-12-31 local
        Arguments.of("default", DEFAULT, "2021-12-31T15:59:59Z", false), // 2021-12-31 23:59:59
        Arguments.of("default", DEFAULT, "2021-12-31T16:00:00Z", true), // 2022-01-01 00:00
        Arguments.of("default", DEFAULT, "2023-12-31T15:59:59Z", true), // 2023-12-31 23:59:59
        Arguments.of("default", DEFAULT, "2023-12-31T16:00:00Z", false), // 2024-01-01 00:00
        // custom 3-15: 2022-04-01 to 2023-03-31 local
        Arguments.of("3-15", CUSTOM, "2022-03-31T15:59:59Z", false), // 2022-03-31 23:59:59
        Arguments.of("3-15", CUSTOM, "2022-03-31T16:00:00Z", true), // 2022-04-01 00:00
        Arguments.of("3-15", CUSTOM, "2023-03-31T15:59:59Z", true), // 2023-03-31 23:59:59
        Arguments.of("3-15", CUSTOM, "2023-03-31T16:00:00Z", false)); // 2023-04-01 00:00
  }

  @ParameterizedTest(name = "{0} window, submitted at {2}: inside = {3}")
  @MethodSource("submissions")
  void submissionsInsideAreAcceptedAndOutsideRefused(String name, Workflow w, String at,
      boolean inside) {
    Workflow acting = w.withClock(Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
    if (inside) {
      CaseFile file = acting.submit(assessment(U1), S1);
      assertThat(file.getAuditTrail()).hasSize(1);
    } else {
      RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
          () -> acting.submit(assessment(U1), S1));
      assertThat(e.getCode()).isEqualTo(RefusalCode.TIME_OUTSIDE_REVIEW_WINDOW);
    }
  }

  @Test
  void theWorkflowsWindowIsTheStandards() {
    // 3 months after 2022-01-01 = 2022-04-01; 15 months after = 2023-04-01, minus a day
    assertThat(CUSTOM.reviewWindow(2022)).isEqualTo(
        new ReviewWindow(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31)));
    // the default: 0 and 24 months: 2022-01-01 to 2024-01-01 minus a day
    assertThat(DEFAULT.reviewWindow(2022)).isEqualTo(
        new ReviewWindow(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)));
  }

  @Test
  void aFileSubmittedInTheDefaultWindowButBeforeTheStandardsIsRefusedOnReplay() {
    // submitted 2022-02-01 local: inside 0-24, before the 3-15 window opens on 2022-04-01
    CaseFile file = DEFAULT.withClock(Clock.fixed(Instant.parse("2022-02-01T02:00:00Z"),
        ZoneOffset.UTC)).submit(assessment(U1), S1);
    Workflow reading = CUSTOM.withClock(
        Clock.fixed(Instant.parse("2022-06-01T00:00:00Z"), ZoneOffset.UTC));
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
        () -> reading.replay(file));
    assertThat(e.getCode()).isEqualTo(RefusalCode.TIME_OUTSIDE_REVIEW_WINDOW);
    // the same file replays under its default window
    assertThat(DEFAULT.withClock(Clock.fixed(Instant.parse("2022-06-01T00:00:00Z"),
        ZoneOffset.UTC)).replay(file).getAuditTrail()).hasSize(1);
  }
}
