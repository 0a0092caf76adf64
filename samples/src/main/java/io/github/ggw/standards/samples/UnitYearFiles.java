package io.github.ggw.standards.samples;

import com.google.common.hash.Hashing;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One unit and year, one file (同一单位同一年度只认一份文件): the documents of one run by unit and
 * year, with the file each came from and its content digest (SHA-256 of the file's bytes). A
 * second file of a unit and year already seen is either the same content (counted once, with a
 * warning) or a conflict naming both files; which of the two a command tolerates is the
 * command's rule (design brief, "Trust": {@code score} warns and writes both; {@code certify},
 * {@code district-summary} and {@code plan-progress} refuse a conflict with exit 1). Not
 * thread-safe: one per run.
 */
final class UnitYearFiles {
  /** What a second file of a unit and year is. */
  enum Seen {
    /** The first file of its unit and year. */
    FIRST,
    /** The same content as the first file: counted once. */
    SAME_CONTENT,
    /** Different content: a conflict. */
    CONFLICT
  }

  /** The first file of a unit and year. */
  private record First(String source, String digest) {}

  private final Map<String, First> firsts = new LinkedHashMap<>();
  private final Set<String> conflicting = new LinkedHashSet<>();
  private final List<String[]> conflicts = new ArrayList<>();
  private final List<String[]> repeats = new ArrayList<>();

  /**
   * Records a file of a unit and year.
   *
   * @param unit the unit id
   * @param year the year
   * @param source the file's name as the user gave it
   * @param bytes the file's content
   * @return whether it is the first, a repeat of the same content, or a conflict
   */
  Seen add(String unit, int year, String source, byte[] bytes) {
    String key = unit + "\u0000" + year;
    String digest = Hashing.sha256().hashBytes(bytes).toString();
    First first = firsts.putIfAbsent(key, new First(source, digest));
    if (first == null) {
      return Seen.FIRST;
    }
    String[] pair = {unit, String.valueOf(year), first.source(), source};
    if (first.digest().equals(digest)) {
      repeats.add(pair);
      return Seen.SAME_CONTENT;
    }
    conflicting.add(key);
    conflicts.add(pair);
    return Seen.CONFLICT;
  }

  /**
   * Whether a unit and year met a conflict (so that none of its files is used).
   *
   * @param unit the unit id
   * @param year the year
   * @return true after a conflict of that unit and year
   */
  boolean inConflict(String unit, int year) {
    return conflicting.contains(unit + "\u0000" + year);
  }

  /**
   * How many conflicts were found.
   *
   * @return the count of second files with other content
   */
  int conflicts() {
    return conflicts.size();
  }

  /**
   * Prints the repeats (key {@code duplicate.same}) and conflicts (key {@code
   * duplicate.conflict}) on a writer, each naming the unit, the year and both files.
   *
   * @param w where to print (standard error)
   * @param words the run's words
   */
  void print(PrintWriter w, Words words) {
    Objects.requireNonNull(w, "w");
    for (String[] r : repeats) {
      w.println(words.get("duplicate.same", (Object[]) r));
    }
    for (String[] c : conflicts) {
      w.println(words.get("duplicate.conflict", (Object[]) c));
    }
  }
}
