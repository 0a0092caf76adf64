package io.github.ggw.standards.model.rule;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a filtered measure ({@link EvidenceQuery}) makes of the records it selects (汇总方式):
 * counts them, adds up one numeric field, or counts the different values of one field. Standards
 * write it by its {@link #writtenName()}, the JSON member ({@code "count": "activity"}) and the
 * key of a CSV parameters cell ({@code count=activity}).
 */
public enum QueryAggregate {
  /** The number of records selected; takes no {@code of} field. */
  COUNT("count"),
  /** The sum of one numeric field ({@code of}) over the records selected. */
  SUM("sum"),
  /** The number of different values of one field ({@code of}) among the records selected. */
  DISTINCT("distinct");

  private final String writtenName;

  QueryAggregate(String writtenName) {
    this.writtenName = writtenName;
  }

  /**
   * The name as standards write it.
   *
   * @return {@code count}, {@code sum} or {@code distinct}
   */
  public String writtenName() {
    return writtenName;
  }

  /**
   * Whether the aggregate reads one field, named by {@code of}.
   *
   * @return true for {@link #SUM} and {@link #DISTINCT}
   */
  public boolean needsField() {
    return this != COUNT;
  }

  /**
   * The aggregate with a written name.
   *
   * @param written the name as written, such as {@code sum}, not null; compared exactly
   * @return the aggregate, or empty when none is written so
   */
  public static Optional<QueryAggregate> byWrittenName(String written) {
    return Arrays.stream(values()).filter(a -> a.writtenName.equals(written)).findFirst();
  }
}
