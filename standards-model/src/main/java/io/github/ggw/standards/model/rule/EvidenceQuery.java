package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.StandardsException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A filtered measure written as data (筛选度量): an aggregate over the records of one evidence
 * kind that pass every filter, such as "the number of activities at city level or above of the
 * kinds speech contest or recitation in the assessment year". JSON {@code {"count": "activity",
 * "where": [{"field": "level", "atLeast": "CITY"}], "withinYear": true}}; CSV {@code
 * count=activity; where=level>=CITY; withinYear=true} (see docs/measures.md, "Filtered
 * measures").
 *
 * <p>Kinds and fields are those of the evidence-kind registry ({@link
 * io.github.ggw.standards.model.evidence.EvidenceKinds}); this record holds them as written and
 * checks only local invariants, so that an unknown kind or field is a located finding when the
 * standard loads, not an exception. There is no scripting: filters are conjunctions of the four
 * {@link FilterOperator}s.
 *
 * @param aggregate what is made of the records selected, not null
 * @param kind the evidence kind's logical name, such as {@code activity} or {@code
 *     care-carrier}; not blank
 * @param of the field that {@link QueryAggregate#SUM} adds up or {@link QueryAggregate#DISTINCT}
 *     counts the values of; empty for {@link QueryAggregate#COUNT} (a field given to a count, or
 *     none given to a sum, is a finding at load, not refused here)
 * @param where the filters, all of which a record must pass; empty for every record of the kind
 * @param withinYear whether only records dated in the assessment year count; empty for the
 *     default, which is true for a dated kind (standing kinds count whatever their dates)
 */
public record EvidenceQuery(
    QueryAggregate aggregate,
    String kind,
    Optional<String> of,
    List<EvidenceFilter> where,
    Optional<Boolean> withinYear) {
  private static final Pattern WORD = Pattern.compile("[a-z][a-zA-Z0-9]*");

  /**
   * Checks the local invariants.
   *
   * @param aggregate the {@code aggregate} component, as described on the record
   * @param kind the {@code kind} component, as described on the record
   * @param of the {@code of} component, as described on the record
   * @param where the {@code where} component, as described on the record
   * @param withinYear the {@code withinYear} component, as described on the record
   * @throws NullPointerException if a component is null
   * @throws StandardsException if the kind is blank or {@code of} is present and blank
   */
  public EvidenceQuery {
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(of, "of");
    where = List.copyOf(where);
    Objects.requireNonNull(withinYear, "withinYear");
    if (kind.isBlank()) {
      throw new StandardsException("a filtered measure names an evidence kind", kind);
    }
    if (of.isPresent() && of.get().isBlank()) {
      throw new StandardsException("a filtered measure's of names a field", of.get());
    }
  }

  /**
   * A count of the records of a kind that pass the filters, the year's default applied.
   *
   * @param kind the kind's logical name, such as {@code activity}
   * @param where the filters
   * @return the query
   */
  public static EvidenceQuery count(String kind, EvidenceFilter... where) {
    return new EvidenceQuery(QueryAggregate.COUNT, kind, Optional.empty(), List.of(where),
        Optional.empty());
  }

  /**
   * The sum of a numeric field over the records of a kind that pass the filters.
   *
   * @param kind the kind's logical name, such as {@code training}
   * @param of the field added up, such as {@code hours}
   * @param where the filters
   * @return the query
   */
  public static EvidenceQuery sum(String kind, String of, EvidenceFilter... where) {
    return new EvidenceQuery(QueryAggregate.SUM, kind, Optional.of(of), List.of(where),
        Optional.empty());
  }

  /**
   * The number of different values of a field among the records of a kind that pass the filters.
   *
   * @param kind the kind's logical name, such as {@code activity}
   * @param of the field whose values are counted, such as {@code kind}
   * @param where the filters
   * @return the query
   */
  public static EvidenceQuery distinct(String kind, String of, EvidenceFilter... where) {
    return new EvidenceQuery(QueryAggregate.DISTINCT, kind, Optional.of(of), List.of(where),
        Optional.empty());
  }

  /**
   * This query with {@code withinYear} given.
   *
   * @param onlyTheYear true to count only the assessment year's dated records, false for every
   *     year
   * @return a new query, equal in everything else
   */
  public EvidenceQuery withinYear(boolean onlyTheYear) {
    return new EvidenceQuery(aggregate, kind, of, where, Optional.of(onlyTheYear));
  }

  /**
   * The name a rule's {@link MeasureRef} carries for this query: the aggregate, the kind and the
   * field in dotted lower-camel words, such as {@code count.activity}, {@code sum.training.hours}
   * or {@code distinct.careCarrier.kind}. A kind or field that cannot be written so (it is then
   * unknown, which the load-time check reports) is left out.
   *
   * @return the name, never null
   */
  public MeasureName measureName() {
    StringBuilder b = new StringBuilder(aggregate.writtenName());
    String k = camel(kind);
    if (WORD.matcher(k).matches()) {
      b.append('.').append(k);
      of.filter(f -> WORD.matcher(f).matches() && f.length() <= 24)
          .ifPresent(f -> b.append('.').append(f));
    }
    String name = b.length() <= 64 ? b.toString() : aggregate.writtenName();
    return MeasureName.of(name);
  }

  private static String camel(String name) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }
}
