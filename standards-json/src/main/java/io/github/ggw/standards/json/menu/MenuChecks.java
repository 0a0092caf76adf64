package io.github.ggw.standards.json.menu;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of the menu documents' entries, each recording a located problem in both languages
 * rather than stopping at the first: choices written as codes or as labels in either language,
 * whole amounts in range, ISO dates, identifiers, and identifiers used once.
 */
final class MenuChecks {
  /** The most entries one menu holds (as the model's menus). */
  static final int MAX_ENTRIES = 2000;
  /** The largest count or capacity of one entry, in its unit (as the model's entries). */
  static final int MAX_AMOUNT = 10_000;

  private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,23}");
  private static final Pattern ELDER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,23}");
  private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final Binder binder;
  private final Map<String, String> firstUse = new HashMap<>();

  MenuChecks(Binder binder) {
    this.binder = binder;
  }

  /** Text as compared: width-normalised (NFKC), trimmed. */
  static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
  }

  /**
   * The constant a text names (its code in any case, or its zh-CN or en label), or null after
   * recording {@code MENU_CHOICE_UNKNOWN} with the allowed labels in both languages; null text
   * records a missing member.
   */
  <E extends Enum<E>> E choice(String text, Class<E> type, String pointer, String name) {
    if (binder.require(text, pointer, name) == null) {
      return null;
    }
    String t = normal(text);
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(t) || Labels.of(e).zh().equals(t)
          || Labels.of(e).en().equalsIgnoreCase(t)) {
        return e;
      }
    }
    binder.add(Problem.of(ProblemCode.MENU_CHOICE_UNKNOWN, Location.pointer(pointer + "/" + name),
        text, text, allowed(type, l -> Labels.of(l).zh(), "、"),
        allowed(type, l -> Labels.of(l).en() + " (" + l.name() + ")", ", ")));
    return null;
  }

  private static <E extends Enum<E>> String allowed(Class<E> type, Function<E, String> label,
      String separator) {
    return Arrays.stream(type.getEnumConstants()).map(label)
        .collect(Collectors.joining(separator));
  }

  /** The amount, or null after recording a missing member or {@code MENU_AMOUNT_OUT_OF_RANGE}. */
  Integer amount(Integer value, String pointer, String name) {
    if (binder.require(value, pointer, name) == null) {
      return null;
    }
    if (value < 1 || value > MAX_AMOUNT) {
      binder.add(Problem.of(ProblemCode.MENU_AMOUNT_OUT_OF_RANGE,
          Location.pointer(pointer + "/" + name), String.valueOf(value), String.valueOf(value),
          String.valueOf(MAX_AMOUNT)));
      return null;
    }
    return value;
  }

  /** The date, or null after recording a missing member or {@code MENU_DATE_INVALID}. */
  LocalDate date(String text, String pointer, String name) {
    if (binder.require(text, pointer, name) == null) {
      return null;
    }
    String t = normal(text);
    if (ISO_DATE.matcher(t).matches()) {
      try {
        return LocalDate.parse(t);
      } catch (DateTimeException e) {
        // a calendar date that does not exist, such as 2022-02-30: reported below
      }
    }
    binder.add(Problem.of(ProblemCode.MENU_DATE_INVALID, Location.pointer(pointer + "/" + name),
        text, text));
    return null;
  }

  /**
   * The entry identifier, or null after recording a missing member, {@code MENU_ID_INVALID} or
   * {@code MENU_DUPLICATE_ID} (naming the place of its first use).
   */
  String entryId(String text, String pointer) {
    if (binder.require(text, pointer, "id") == null) {
      return null;
    }
    String at = pointer + "/id";
    if (!ENTRY_ID.matcher(text).matches()) {
      binder.add(Problem.of(ProblemCode.MENU_ID_INVALID, Location.pointer(at), text, text, "24"));
      return null;
    }
    String first = firstUse.putIfAbsent(text, at);
    if (first != null) {
      binder.add(Problem.of(ProblemCode.MENU_DUPLICATE_ID, Location.pointer(at), text, text,
          first));
      return null;
    }
    return text;
  }

  /** The value, or null after recording a missing member at {@code pointer/name}. */
  <T> T require(T value, String pointer, String name) {
    return binder.require(value, pointer, name);
  }

  /** The elder reference, or null after recording a missing member or {@code MENU_ID_INVALID}. */
  ElderRef elder(String text, String pointer) {
    if (binder.require(text, pointer, "elder") == null) {
      return null;
    }
    if (!ELDER.matcher(text).matches()) {
      binder.add(Problem.of(ProblemCode.MENU_ID_INVALID, Location.pointer(pointer + "/elder"),
          text, text, "24"));
      return null;
    }
    return ElderRef.of(text);
  }

  /** The unit identifier, or null after recording a missing member or {@code MENU_ID_INVALID}. */
  String unitId(String text) {
    if (binder.require(text, "", "unitId") == null) {
      return null;
    }
    if (!UNIT_ID.matcher(text).matches()) {
      binder.add(Problem.of(ProblemCode.MENU_ID_INVALID, Location.pointer("/unitId"), text, text,
          "40"));
      return null;
    }
    return text;
  }

  /** The year, or null after recording a missing member or {@code MENU_YEAR_INVALID}. */
  Integer year(Integer value) {
    if (binder.require(value, "", "year") == null) {
      return null;
    }
    if (value < 2000 || value > 2100) {
      binder.add(Problem.of(ProblemCode.MENU_YEAR_INVALID, Location.pointer("/year"),
          String.valueOf(value), String.valueOf(value)));
      return null;
    }
    return value;
  }

  /** Whether a list is too long, after recording {@code MENU_TOO_MANY_ENTRIES}. */
  boolean tooMany(int size, String pointer) {
    if (size > MAX_ENTRIES) {
      binder.add(Problem.of(ProblemCode.MENU_TOO_MANY_ENTRIES, Location.pointer(pointer),
          String.valueOf(size), String.valueOf(size), String.valueOf(MAX_ENTRIES)));
      return true;
    }
    return false;
  }

  /** Whether a list is empty, after recording {@code MENU_LIST_EMPTY} naming the member. */
  boolean empty(java.util.List<?> list, String pointer, String name) {
    if (list != null && list.isEmpty()) {
      binder.add(Problem.of(ProblemCode.MENU_LIST_EMPTY, Location.pointer(pointer + "/" + name),
          null, name));
      return true;
    }
    return false;
  }

  /** Records {@code MENU_WINDOW_REVERSED} when a window ends before it starts. */
  boolean reversed(LocalDate from, LocalDate to, String pointer) {
    if (from != null && to != null && to.isBefore(from)) {
      binder.add(Problem.of(ProblemCode.MENU_WINDOW_REVERSED, Location.pointer(pointer + "/to"),
          to.toString(), from.toString(), to.toString()));
      return true;
    }
    return false;
  }
}
