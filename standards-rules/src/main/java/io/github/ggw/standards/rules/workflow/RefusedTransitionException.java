package io.github.ggw.standards.rules.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.LocalizedText;
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
  /**
   * By argument position, the label in both languages where the argument is one ({@link
   * #ofLabels}), shown in the message's own language; null elsewhere. Null when none is.
   */
  private final transient LocalizedText[] labels;
  private final int event;

  private RefusedTransitionException(RefusalCode code, List<String> arguments,
      List<Problem> problems, int event) {
    this(code, masked(arguments), problems, null, event);
  }

  private RefusedTransitionException(RefusalCode code, ImmutableList<String> arguments,
      List<Problem> problems, LocalizedText[] labels, int event) {
    super(code + ": " + format(code, Locale.ROOT, arguments, labels),
        arguments.isEmpty() ? null : arguments.get(0));
    this.code = code;
    this.arguments = arguments;
    this.problems = ImmutableList.copyOf(problems);
    this.labels = labels;
    this.event = event;
  }

  /**
   * A refusal whose arguments include labels in both languages (a role, a status, a
   * transition): each message shows a label in its own language, and {@link #getArguments()}
   * gives it as {@link LocalizedText#toString()} ({@code 中文 / English}).
   *
   * @param code the rule broken, not null
   * @param arguments each a {@code String} or a {@link LocalizedText}, in placeholder order
   * @return the exception
   */
  static RefusedTransitionException ofLabels(RefusalCode code, Object... arguments) {
    LocalizedText[] labels = new LocalizedText[arguments.length];
    String[] texts = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof LocalizedText t) {
        labels[i] = t;
      }
      texts[i] = String.valueOf(arguments[i]);
    }
    return new RefusedTransitionException(Objects.requireNonNull(code, "code"),
        masked(Arrays.asList(texts)), List.of(), labels, 0);
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
    return new RefusedTransitionException(code, arguments, problems, labels, sequence);
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
    return format(code, locale, arguments, labels);
  }

  /** The arguments with every personal number masked: a refusal never echoes one. */
  private static ImmutableList<String> masked(List<String> arguments) {
    return arguments.stream().map(PersonalNumbers::mask).collect(ImmutableList.toImmutableList());
  }

  private static String format(RefusalCode code, Locale locale, List<String> texts,
      LocalizedText[] labels) {
    List<String> args = texts;
    if (labels != null) {
      String[] shown = texts.toArray(new String[0]);
      for (int i = 0; i < shown.length && i < labels.length; i++) {
        if (labels[i] != null) {
          shown[i] = labels[i].in(locale);
        }
      }
      args = Arrays.asList(shown);
    }
    // a replay mismatch words what differs by its detail (its second argument), in both
    // languages: REPLAY_MISMATCH.event, .state, .revision, .first, .designation
    String key = code == RefusalCode.REPLAY_MISMATCH && args.size() > 1
        && DETAILS.contains(args.get(1)) ? code.name() + "." + args.get(1) : code.name();
    return Messages.of(BUNDLE, locale).get(key, args.toArray());
  }

  /** The details of a replay mismatch the bundles word ({@code Replay}). */
  private static final java.util.Set<String> DETAILS =
      java.util.Set.of("event", "state", "revision", "first", "designation");

}
