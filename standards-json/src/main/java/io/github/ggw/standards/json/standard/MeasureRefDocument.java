package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.json.internal.ScalarTextDeserializer;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.rule.EvidenceFilter;
import io.github.ggw.standards.model.rule.EvidenceQuery;
import io.github.ggw.standards.model.rule.FilterOperator;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.QueryAggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The JSON shape of a {@link MeasureRef}: a name and optional parameters, or a filtered measure
 * ({@code count}, {@code sum} or {@code distinct} naming an evidence kind, then {@code of},
 * {@code where} and {@code withinYear}; see docs/formats/standard-json.md). A missing name, when
 * no filtered measure is given, is a missing member; a mix of the two forms is refused at the
 * measure. Whether the kind, fields, operators and values fit the evidence-kind registry is
 * checked afterwards, with the standard.
 */
final class MeasureRefDocument {
  public MeasureName name;
  public MeasureParameters parameters;
  public String count;
  public String sum;
  public String distinct;
  public String of;
  public List<FilterDocument> where;
  public Boolean withinYear;

  /** One entry of {@code where}: a field and exactly one operator. */
  static final class FilterDocument {
    public String field;
    @JsonDeserialize(using = ScalarTextDeserializer.class)
    public String equals;
    @JsonDeserialize(contentUsing = ScalarTextDeserializer.class)
    public List<String> oneOf;
    @JsonDeserialize(using = ScalarTextDeserializer.class)
    public String atLeast;
    @JsonDeserialize(using = ScalarTextDeserializer.class)
    public String atMost;
    /** Members the entry does not have, such as a misspelt operator, in the order written. */
    final List<String> unknown = new ArrayList<>();

    /**
     * Records a member the entry does not have.
     *
     * @param member its name
     * @param value its value, ignored
     */
    @JsonAnySetter
    void other(String member, Object value) {
      unknown.add(member);
    }
  }

  /** Reads {@link MeasureRef} through this document. */
  static StdDeserializer<MeasureRef> deserializer() {
    return new StdDeserializer<>(MeasureRef.class) {
      @Override
      public MeasureRef deserialize(JsonParser p, DeserializationContext ctxt) {
        MeasureRefDocument d = ctxt.readValue(p, MeasureRefDocument.class);
        List<String[]> aggregates = new ArrayList<>();
        for (String[] a : new String[][] {{"count", d.count}, {"sum", d.sum},
            {"distinct", d.distinct}}) {
          if (a[1] != null) {
            aggregates.add(a);
          }
        }
        if (aggregates.isEmpty()) {
          if (d.name == null) {
            throw MismatchedInputException.from(p, MeasureRef.class,
                "Missing required creator property 'name'");
          }
          if (d.of != null || d.where != null || d.withinYear != null) {
            throw refused(p, ctxt, "of, where and withinYear belong to a filtered measure,"
                + " which names its kind with count, sum or distinct", d.name.value());
          }
          return new MeasureRef(d.name,
              d.parameters == null ? MeasureParameters.none() : d.parameters);
        }
        if (aggregates.size() > 1 || d.name != null || d.parameters != null) {
          throw refused(p, ctxt, "a filtered measure gives one of count, sum and distinct,"
              + " and neither name nor parameters", aggregates.get(0)[1]);
        }
        List<EvidenceFilter> filters = new ArrayList<>();
        List<FilterDocument> entries = d.where == null ? List.of() : d.where;
        for (int i = 0; i < entries.size(); i++) {
          FilterDocument f = entries.get(i);
          if (f != null && !f.unknown.isEmpty()) {
            UnrecognizedPropertyException e = UnrecognizedPropertyException.from(p, f,
                f.unknown.get(0), List.of("field", "equals", "oneOf", "atLeast", "atMost"));
            e.prependPath(entries, i);
            e.prependPath(d, "where");
            throw e;
          }
          if (f == null || f.field == null) {
            throw at(MismatchedInputException.from(p, MeasureRef.class,
                "Missing required creator property 'field'"), d, entries, i);
          }
          List<EvidenceFilter> one = new ArrayList<>();
          try {
            if (f.equals != null) {
              one.add(EvidenceFilter.of(f.field, FilterOperator.EQUALS, f.equals));
            }
            if (f.oneOf != null) {
              one.add(new EvidenceFilter(f.field, FilterOperator.ONE_OF, f.oneOf));
            }
            if (f.atLeast != null) {
              one.add(EvidenceFilter.of(f.field, FilterOperator.AT_LEAST, f.atLeast));
            }
            if (f.atMost != null) {
              one.add(EvidenceFilter.of(f.field, FilterOperator.AT_MOST, f.atMost));
            }
          } catch (StandardsException | NullPointerException e) {
            throw at(refused(p, ctxt, String.valueOf(e.getMessage()), f.field), d, entries, i);
          }
          if (one.size() != 1) {
            throw at(refused(p, ctxt, "a filter on " + f.field + " gives exactly one of "
                + String.join(", ", FilterOperator.writtenNames()), f.field), d, entries, i);
          }
          filters.add(one.get(0));
        }
        QueryAggregate aggregate = QueryAggregate.byWrittenName(aggregates.get(0)[0])
            .orElseThrow();
        try {
          return MeasureRef.of(new EvidenceQuery(aggregate, aggregates.get(0)[1],
              Optional.ofNullable(d.of), filters, Optional.ofNullable(d.withinYear)));
        } catch (StandardsException e) {
          throw refused(p, ctxt, String.valueOf(e.getMessage()), aggregates.get(0)[1]);
        }
      }
    };
  }

  /** An exception placed at entry {@code i} of {@code where}. */
  private static <E extends tools.jackson.core.JacksonException> E at(E e,
      MeasureRefDocument d, List<FilterDocument> entries, int i) {
    e.prependPath(entries, i);
    e.prependPath(d, "where");
    return e;
  }

  private static ValueInstantiationException refused(JsonParser p, DeserializationContext ctxt,
      String message, String value) {
    StandardsException e = new StandardsException(message, value);
    return ValueInstantiationException.from(p, message, ctxt.constructType(MeasureRef.class), e);
  }
}
