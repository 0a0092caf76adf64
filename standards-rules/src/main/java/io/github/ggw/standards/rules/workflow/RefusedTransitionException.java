package io.github.ggw.standards.rules.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.Messages;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.problem.PersonalNumbers;
import io.github.ggw.standards.model.problem.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A transition the workflow refused (流程操作被拒绝), naming the rule broken by a {@link
 * RefusalCode}, with message arguments, the assessment's problems when the assessment itself was
 * invalid, and the audit event's sequence number when the refusal came from replaying a trail.
 * Refusals are the one kind of exception the workflow raises for outside input, by design: the
 * caller asked for a transition the rules forbid. Every personal number in the arguments (an
 * actor id or document number as typed) is masked ({@link PersonalNumbers#mask(String)}), so
 * neither the message nor {@link #getArguments()} echoes one.
 */
public final class RefusedTransitionException extends StandardsException {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "io.github.ggw.standards.rules.workflow.refusals";

  private final RefusalCode code;
  private final transient ImmutableList<String> arguments;
  private final transient ImmutableList<Problem> problems;
  private final int event;

  private RefusedTransitionException(RefusalCode code, List<String> arguments,
      List<Problem> problems, int event) {
    this(code, masked(arguments), problems, event, true);
  }

  private RefusedTransitionException(RefusalCode code, ImmutableList<String> arguments,
      List<Problem> problems, int event, boolean masked) {
    super(code + ": " + format(code, Locale.ROOT, arguments),
        arguments.isEmpty() ? null : arguments.get(0));
    this.code = code;
    this.arguments = arguments;
    this.problems = ImmutableList.copyOf(problems);
    this.event = event;
  }

  /**
   * A refusal.
   *
   * @param code the rule broken, not null
   * @param arguments the message arguments as text, in placeholder order
   * @return the exception
   */
  public static RefusedTransitionException of(RefusalCode code, String... arguments) {
    return new RefusedTransitionException(Objects.requireNonNull(code, "code"),
        Arrays.asList(arguments), List.of(), 0);
  }

  /**
   * A refusal of an invalid assessment ({@link RefusalCode#ASSESSMENT_INVALID}).
   *
   * @param problems the scorer's problems, at least one an error
   * @return the exception
   */
  static RefusedTransitionException invalid(List<Problem> problems) {
    Problem first = problems.stream().filter(Problem::isError).findFirst()
        .orElse(problems.get(0));
    return new RefusedTransitionException(RefusalCode.ASSESSMENT_INVALID,
        List.of(String.valueOf(problems.stream().filter(Problem::isError).count()),
            first.getCode() + " " + first.getLocation()), problems, 0);
  }

  /**
   * This refusal, placed at an event of a replayed audit trail.
   *
   * @param sequence the event's 1-based sequence number
   * @return a new exception with the same code, arguments and problems
   */
  RefusedTransitionException atEvent(int sequence) {
    return new RefusedTransitionException(code, arguments, problems, sequence);
  }

  /**
   * The rule broken.
   *
   * @return the code
   */
  public RefusalCode getCode() {
    return code;
  }

  /**
   * The message arguments.
   *
   * @return the arguments as text, in placeholder order
   */
  public List<String> getArguments() {
    return arguments;
  }

  /**
   * The assessment's problems.
   *
   * @return the scorer's problems for {@link RefusalCode#ASSESSMENT_INVALID}, else empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The audit event whose replay was refused.
   *
   * @return the 1-based sequence number, or empty when not refused during a replay
   */
  public OptionalInt getEvent() {
    return event == 0 ? OptionalInt.empty() : OptionalInt.of(event);
  }

  /**
   * The message in a locale: Chinese for any {@code zh} locale, English otherwise; never the
   * machine's default locale.
   *
   * @param locale the locale, not null
   * @return the message
   * @throws MissingResourceException if the bundle lacks the code (a test walks the codes)
   */
  public String getMessage(Locale locale) {
    return format(code, locale, arguments);
  }

  /** The arguments with every personal number masked: a refusal never echoes one. */
  private static ImmutableList<String> masked(List<String> arguments) {
    return arguments.stream().map(PersonalNumbers::mask).collect(ImmutableList.toImmutableList());
  }

  private static String format(RefusalCode code, Locale locale, List<String> args) {
    return Messages.of(BUNDLE, locale).get(code.name(), args.toArray());
  }

}
