package io.github.ggw.standards.model;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How often each deficiency of a counted deduction was found (扣分项计数), by its code, such as
 * {@code D1 → 2, D2 → 0}: what a claim records and what a reviewer's adjustment sets. Counts are
 * whole numbers {@code ≥ 0}; codes are non-blank, each at most once, kept in the order given. A
 * code not listed counts 0 ({@link #countOf}). Equality is by code and count, whatever the order.
 * Immutable.
 */
public final class DeficiencyCounts {
  /** No counts. */
  public static final DeficiencyCounts NONE = new DeficiencyCounts(ImmutableMap.of());

  private final ImmutableMap<String, Integer> counts;

  private DeficiencyCounts(ImmutableMap<String, Integer> counts) {
    this.counts = counts;
  }

  /**
   * One code's count.
   *
   * @param code the deficiency code, such as {@code D1}, not blank
   * @param count how often it was found, {@code ≥ 0}
   */
  public record Count(String code, int count) {

    /**
     * Checks the components.
     *
     * @throws StandardsException if the code is blank or the count negative
     *
     * @param code the {@code code} component, as described on the record
     * @param count the {@code count} component, as described on the record
     */
    public Count {
      Objects.requireNonNull(code, "code");
      if (code.isBlank() || count < 0) {
        throw new StandardsException(
            "a deficiency count is a code and a whole number of at least 0", code + "=" + count);
      }
    }
  }

  /**
   * Counts in the order given.
   *
   * @param counts the counts, each code at most once, not null
   * @return the counts
   * @throws StandardsException if a code appears twice
   */
  public static DeficiencyCounts of(List<Count> counts) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Count c : counts) {
      if (m.put(c.code(), c.count()) != null) {
        throw new StandardsException("a deficiency is counted once", c.code());
      }
    }
    return m.isEmpty() ? NONE : new DeficiencyCounts(ImmutableMap.copyOf(m));
  }

  /**
   * The count of one code; add more with {@link #and}: {@code of("D1", 2).and("D2", 0)}.
   *
   * @param code the code, not blank
   * @param count its count, {@code ≥ 0}
   * @return the counts
   * @throws StandardsException if the code is blank or the count negative
   */
  public static DeficiencyCounts of(String code, int count) {
    return of(List.of(new Count(code, count)));
  }

  /**
   * These counts and one more code.
   *
   * @param code a code not yet counted, not blank
   * @param count its count, {@code ≥ 0}
   * @return the counts with the code last
   * @throws StandardsException if the code is already counted or blank, or the count negative
   */
  public DeficiencyCounts and(String code, int count) {
    List<Count> all = new ArrayList<>(entries());
    all.add(new Count(code, count));
    return of(all);
  }

  /**
   * The counts in the order given.
   *
   * @return one entry per code
   */
  public List<Count> entries() {
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  /**
   * The codes counted, in the order given.
   *
   * @return the codes
   */
  public Set<String> codes() {
    return counts.keySet();
  }

  /**
   * How often a code was found.
   *
   * @param code a deficiency code, not null
   * @return its count, 0 when not listed
   */
  public int countOf(String code) {
    return counts.getOrDefault(code, 0);
  }

  /**
   * Whether nothing is counted.
   *
   * @return true for no entries
   */
  public boolean isEmpty() {
    return counts.isEmpty();
  }

  /**
   * These counts with others set over them: a code of {@code changes} takes its new count, every
   * other keeps its own.
   *
   * @param changes the counts to set, not null
   * @return the merged counts, this order first, then codes only {@code changes} has
   */
  public DeficiencyCounts with(DeficiencyCounts changes) {
    Map<String, Integer> m = new LinkedHashMap<>(counts);
    m.putAll(changes.counts);
    return new DeficiencyCounts(ImmutableMap.copyOf(m));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeficiencyCounts d && counts.equals(d.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /** The counts as {@code {D1=2, D2=0}}. */
  @Override
  public String toString() {
    return counts.toString();
  }
}
