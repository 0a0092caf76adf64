package io.github.ggw.standards.model.problem;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One problem found in input (问题): stable code, severity, location, offending value and a
 * message in zh-CN and en from the bundles of the code's {@link Concern} ({@link
 * Concern#bundleName()}, such as {@code io/github/ggw/standards/model/problem/input*.properties}).
 *
 * <p>The offending value and the message arguments are cut to 60 characters, and every personal
 * number in them is masked: each identity or mobile number {@link PersonalNumbers} finds in any
 * written form (spaced, hyphenated, full-width, split by invisible characters…), then any
 * remaining run that looks like one in ASCII digits, or of eleven or more digits (but for the
 * fraction of a decimal, such as the digits after {@code 3.} in {@code 3.33333333333}). So a
 * problem never echoes personal data; its location masks pointer segments the same way ({@link
 * Location}). Control characters in the value and arguments are made visible ({@link
 * ControlCharacters#visible(String)}), so that an echo can neither drive a terminal nor break a
 * problem's line.
 * Immutable and thread-safe.
 */
public final class Problem {
  /** The most characters of the offending value (user data) kept. */
  private static final int MAX_VALUE = 60;
  /**
   * The most characters of a message argument kept: more than a value, since an argument may list
   * the allowed values of a field with their labels.
   */
  private static final int MAX_ARGUMENT = 300;
  /**
   * A mainland mobile number, with or without the {@code +86} prefix and with optional single
   * spaces or hyphens in the 3-4-4 grouping ({@code 138-1234-5678}), an identity number (15
   * digits, or 17 digits and a check character), or any other run of eleven or more digits that
   * is not the fraction of a decimal: the digits after {@code 3.} in {@code 3.33333333333} (points
   * written out too long) are echoed, since a decimal's fraction is no one's number; a mobile or
   * identity number there is still masked.
   */
  private static final Pattern PERSONAL = Pattern.compile("(?<![0-9])(?:(?:\\+?86[- ]?)?"
      + "1[3-9][0-9](?:[- ]?[0-9]{4}){2}|[0-9]{17}[0-9Xx]|(?<![0-9][.．])[0-9]{11,})(?![0-9])");

  /** Chinese, Simplified, as used in every message. */
  public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

  private final ProblemCode code;
  private final Severity severity;
  private final Location location;
  private final String offendingValue;
  /**
   * The arguments, cut and masked: an array of this problem's own, never written after the
   * constructor and never handed out (a problem is made per claim that differs from its computed
   * points, and most are never asked for their arguments as a list).
   */
  private final String[] arguments;

  /** A problem whose arguments are already cut and masked (another problem's). */
  private Problem(ProblemCode code, Severity severity, Location location, String value,
      String[] safeArgs) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.location = Objects.requireNonNull(location, "location");
    this.offendingValue = value;
    this.arguments = safeArgs;
  }

  /** A problem of the caller's arguments, cut and masked here. */
  private static Problem fresh(
      ProblemCode code, Severity severity, Location location, String value, String[] args) {
    return new Problem(code, severity, location, value == null ? null : safe(value, MAX_VALUE),
        safe(args));
  }

  /**
   * The arguments cut and masked, in an array of their own (the caller's array is not kept).
   *
   * @throws NullPointerException if the array or an argument is null
   */
  private static String[] safe(String[] args) {
    // a loop rather than a stream: problems are made per item when a batch is scored
    String[] safeArgs = new String[args.length];
    for (int i = 0; i < safeArgs.length; i++) {
      safeArgs[i] = safe(Objects.requireNonNull(args[i], "argument"), MAX_ARGUMENT);
    }
    return safeArgs;
  }

  /**
   * A problem with the code's default severity.
   *
   * @param code the code, not null
   * @param location where, not null
   * @param offendingValue the value at fault as text, or null; cut to 60 characters and masked
   * @param arguments the message arguments ({@code {0}}, {@code {1}}…) as text, cut to 300
   *     characters and masked
   * @return the problem
   */
  public static Problem of(
      ProblemCode code, Location location, String offendingValue, String... arguments) {
    return fresh(code, code.defaultSeverity(), location, offendingValue, arguments);
  }

  /**
   * This problem with another severity (lenient modes turn some errors into warnings).
   *
   * @param newSeverity the severity, not null
   * @return a new problem
   */
  public Problem withSeverity(Severity newSeverity) {
    return new Problem(code, newSeverity, location, offendingValue, arguments);
  }

  /**
   * This problem at another location (the JSON layer adds line and column).
   *
   * @param newLocation the location, not null
   * @return a new problem
   */
  public Problem withLocation(Location newLocation) {
    return new Problem(code, severity, newLocation, offendingValue, arguments);
  }

  /**
   * The stable code.
   *
   * @return the code
   */
  public ProblemCode getCode() {
    return code;
  }

  /**
   * The severity.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Whether this is an error.
   *
   * @return true when the severity is {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Where the problem is.
   *
   * @return the location
   */
  public Location getLocation() {
    return location;
  }

  /**
   * The offending value, cut to 60 characters with personal numbers masked.
   *
   * @return the value, or empty when the problem concerns no single value
   */
  public Optional<String> getOffendingValue() {
    return Optional.ofNullable(offendingValue);
  }

  /**
   * The message arguments, already cut and masked.
   *
   * @return the arguments, in placeholder order: an immutable list, made anew on each call
   */
  public List<String> getArguments() {
    return ImmutableList.copyOf(arguments);
  }

  /**
   * The message in a locale: Chinese for any {@code zh} locale, English otherwise; never the
   * machine's default locale.
   *
   * @param locale the locale, not null
   * @return the message
   * @throws MissingResourceException if the concern's bundle lacks the code (a test walks the
   *     bundles)
   */
  public String getMessage(Locale locale) {
    // (Messages.get reads the array and keeps nothing of it)
    return Messages.of(code.concern().bundleName(), locale)
        .get(code.name(), (Object[]) arguments);
  }

  /**
   * The message in Simplified Chinese.
   *
   * @return the zh-CN message
   */
  public String getMessageZh() {
    return getMessage(ZH_CN);
  }

  /**
   * The message in English.
   *
   * @return the en message
   */
  public String getMessageEn() {
    return getMessage(Locale.ENGLISH);
  }

  private static String safe(String s, int max) {
    // fewer chars than the shortest personal number has digits (the figures and codes of most
    // problems), or no stretch of number characters with eleven digits (a standard's list of
    // item codes, "1.1.1, 1.1.2, …", has many digits but no such stretch): no personal number,
    // and nothing the pattern can match
    String masked = s.length() < PersonalNumbers.SHORTEST
        || PersonalNumbers.noStretchOfElevenDigits(s) ? s
        : PERSONAL.matcher(PersonalNumbers.mask(s)).replaceAll(PersonalNumbers.MASK);
    // masked first: a number split by line breaks is still found, then the breaks are shown
    String shown = ControlCharacters.visible(masked);
    return shown.length() <= max ? shown : shown.substring(0, max) + "…";
  }


  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p
        && code == p.code
        && severity == p.severity
        && location.equals(p.location)
        && Objects.equals(offendingValue, p.offendingValue)
        && Arrays.equals(arguments, p.arguments);
  }

  @Override
  public int hashCode() {
    // (Arrays.hashCode of the arguments is the hash of their list, as List.hashCode defines it)
    return Objects.hash(code, severity, location, offendingValue, Arrays.hashCode(arguments));
  }

  /** {@code ERROR CLAIM_MISSING at /claims [1.2]: <English message>}. */
  @Override
  public String toString() {
    return severity + " " + code + " at " + location + ": " + getMessageEn();
  }
}
