package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.EvidenceFilter;
import io.github.ggw.standards.model.rule.EvidenceQuery;
import io.github.ggw.standards.model.rule.FilterOperator;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filtered measures in the standard's JSON: read to the model, written back in the same form,
 * valid against the standard's JSON Schema, and checked at load against the evidence-kind
 * registry with located findings, all at once.
 */
class FilteredMeasureJsonTest {
  private static final String SOURCE =
      "{\"document\": \"测试\", \"clause\": \"§1\", \"status\": \"MODELLED\", \"note\": \"\"}";
  /** %2$s is item 1.1's measure, %3$s item 1.2's. */
  private static final String STANDARD = """
      {"kind": "standard", "formatVersion": 1, "id": "filter-json", "version": "1",
       "title": {"zh": "筛选", "en": "filters"}, "issuer": {"zh": "测试", "en": "test"},
       "effectiveFrom": "2022-01-01", "applicableUnitTypes": ["PRIMARY"],
       "certificationThreshold": 3,
       "ratingBands": [{"rating": "FAIL", "lowerBound": 0}, {"rating": "PASS", "lowerBound": 2}],
       "source": %1$s,
       "dimensions": [{"code": "1", "title": {"zh": "一", "en": "one"}, "maxPoints": 4,
         "source": %1$s, "children": [
         {"code": "1.1", "title": {"zh": "活动", "en": "activities"}, "maxPoints": 3,
          "source": %1$s,
          "rule": {"type": "per-occurrence", "measure": %2$s, "pointsEach": 1}},
         {"code": "1.2", "title": {"zh": "学时", "en": "hours"}, "maxPoints": 1, "source": %1$s,
          "rule": {"type": "threshold-ladder", "measure": %3$s,
            "rungs": [{"atLeast": 4.5, "points": 1}]}}]}]}
      """;
  private static final String ACTIVITIES = """
      {"count": "activity", "where": [{"field": "level", "atLeast": "CITY"},
        {"field": "kind", "oneOf": ["SPEECH_CONTEST", "RECITATION"]},
        {"field": "participants", "atLeast": 25}], "withinYear": true}""";
  private static final String HOURS = """
      {"sum": "training", "of": "hours", "where": [{"field": "date", "atMost": "2022-10-01"}]}""";
  private final StandardsJson json = StandardsJson.create();

  private static String standard(String first, String second) {
    return STANDARD.formatted(SOURCE, first, second);
  }

  private List<Problem> problems(String text) {
    return json.readStandard(text.getBytes(StandardCharsets.UTF_8)).problems();
  }

  @Test
  void aFilteredMeasureReadsWritesBackAndFitsTheSchema() {
    String text = standard(ACTIVITIES, HOURS);
    Standard s = json.readStandard(text.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    MeasureRef ref = ((PerOccurrence) s.find(CriterionCode.of("1.1")).orElseThrow().getRule()
        .orElseThrow()).measure();
    assertThat(ref.query()).contains(EvidenceQuery.count("activity",
        EvidenceFilter.of("level", FilterOperator.AT_LEAST, "CITY"),
        EvidenceFilter.oneOf("kind", "SPEECH_CONTEST", "RECITATION"),
        EvidenceFilter.of("participants", FilterOperator.AT_LEAST, "25")).withinYear(true));
    assertThat(ref.name().value()).isEqualTo("count.activity");
    String written = json.writeStandard(s);
    JsonNode measure = JsonMapper.builder().build().readTree(written).at(
        "/dimensions/0/children/0/rule/measure");
    assertThat(measure.toString()).isEqualTo("{\"count\":\"activity\",\"where\":["
        + "{\"field\":\"level\",\"atLeast\":\"CITY\"},"
        + "{\"field\":\"kind\",\"oneOf\":[\"SPEECH_CONTEST\",\"RECITATION\"]},"
        + "{\"field\":\"participants\",\"atLeast\":25}],\"withinYear\":true}");
    assertThat(json.readStandard(written.getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(s);
    Schema schema = SchemaTest.schema(Schemas.STANDARD);
    assertThat(SchemaTest.errors(schema, text)).isEmpty();
    assertThat(SchemaTest.errors(schema, written)).isEmpty();
  }

  @Test
  void theSchemaDescribesTheFilteredForm() {
    Schema schema = SchemaTest.schema(Schemas.STANDARD);
    // two operators in one filter, an unknown kind, a sum without of, an unknown member
    assertThat(SchemaTest.errors(schema, standard(ACTIVITIES.replace("\"atLeast\": 25",
        "\"atLeast\": 25, \"atMost\": 30"), HOURS))).isNotEmpty();
    assertThat(SchemaTest.errors(schema, standard(ACTIVITIES.replace("\"activity\"",
        "\"activities\""), HOURS))).isNotEmpty();
    assertThat(SchemaTest.errors(schema, standard(ACTIVITIES,
        HOURS.replace("\"of\": \"hours\", ", "")))).isNotEmpty();
    assertThat(SchemaTest.errors(schema, standard(ACTIVITIES.replace("\"withinYear\"",
        "\"inYear\""), HOURS))).isNotEmpty();
    JsonNode kinds = JsonMapper.builder().build().readTree(Schemas.bytes(Schemas.STANDARD))
        .at("/$defs/EvidenceKindName/enum");
    assertThat(kinds.valueStream().map(JsonNode::asString).toList())
        .isEqualTo(EvidenceKinds.names());
  }

  @Test
  void findingsAgainstTheRegistryAreLocatedAndComeAllAtOnce() {
    String badActivities = ACTIVITIES.replace("\"level\", \"atLeast\": \"CITY\"",
        "\"level\", \"atLeast\": \"CTY\"").replace("\"kind\", \"oneOf\"", "\"knd\", \"oneOf\"");
    String badHours = "{\"sum\": \"trainng\", \"of\": \"hours\"}";
    List<Problem> ps = problems(standard(badActivities, badHours));
    assertThat(ps).extracting(p -> p.getCode() + " " + p.getLocation().getCriterion()
        .map(CriterionCode::toString).orElse("")).containsExactly(
        "STANDARD_FILTER_VALUE 1.1", "STANDARD_FILTER_FIELD 1.1", "STANDARD_FILTER_KIND 1.2");
    assertThat(ps.get(0).getMessage(Locale.ROOT)).contains("activity.level gives CTY")
        .contains("the closest: CITY");
    assertThat(ps.get(1).getMessage(Locale.ROOT)).contains("closest fields: kind");
    assertThat(ps.get(2).getMessage(Problem.ZH_CN)).contains("“trainng”").contains("“training”");
    List<Problem> of = problems(standard(ACTIVITIES.replace("\"count\": \"activity\"",
        "\"count\": \"activity\", \"of\": \"kind\""), "{\"sum\": \"training\", \"of\": \"topic\"}"));
    assertThat(of).extracting(Problem::getCode).containsExactly(ProblemCode.STANDARD_FILTER_OF,
        ProblemCode.STANDARD_FILTER_OF);
    assertThat(of.get(1).getMessage(Locale.ROOT)).contains("of = topic")
        .contains("expected one of: hours, attendees");
  }

  @Test
  void aMalformedFilterIsAJsonProblemAtItsPlace() {
    List<Problem> unknown = problems(standard(ACTIVITIES.replace("\"atLeast\": 25",
        "\"above\": 25"), HOURS));
    assertThat(unknown).extracting(p -> p.getCode() + " " + p.getLocation().getPointer()
        .orElse("")).containsExactly(
        "JSON_UNKNOWN_PROPERTY /dimensions/0/children/0/rule/measure/where/2/above");
    List<Problem> both = problems(standard(ACTIVITIES.replace("\"count\": \"activity\"",
        "\"count\": \"activity\", \"sum\": \"activity\""), HOURS));
    assertThat(both).extracting(Problem::getCode).containsExactly(ProblemCode.JSON_INVALID_VALUE);
    List<Problem> two = problems(standard(ACTIVITIES.replace("\"atLeast\": 25",
        "\"atLeast\": 25, \"atMost\": 30"), HOURS));
    assertThat(two).extracting(Problem::getCode).containsExactly(ProblemCode.JSON_INVALID_VALUE);
  }

  @Test
  void aScoreReportWritesTheFilteredMeasureAndFitsItsSchema() {
    Standard s = json.readStandard(standard(ACTIVITIES, HOURS).getBytes(StandardCharsets.UTF_8))
        .orElseThrow();
    String assessment = """
        {"kind": "self-assessment", "formatVersion": 1,
         "unit": {"id": "FJ-1", "name": "测试学校", "type": "PRIMARY", "district": "320412"},
         "standardId": "filter-json", "standardVersion": "1", "year": 2022,
         "evidence": [
           {"type": "activity", "kind": "RECITATION", "date": "2022-05-20", "level": "CITY",
            "participants": 30, "award": "NONE", "title": "诵读"},
           {"type": "activity", "kind": "RECITATION", "date": "2022-06-20", "level": "CITY",
            "participants": 20, "award": "NONE", "title": "诵读二"},
           {"type": "training", "kind": "STUDY", "date": "2022-03-01", "hours": 2.5,
            "attendees": 20, "topic": "学习"},
           {"type": "training", "kind": "STUDY", "date": "2022-10-01", "hours": 2,
            "attendees": 20, "topic": "学习二"}],
         "claims": [{"code": "1.1", "points": 1, "narrative": ""},
                    {"code": "1.2", "points": 1, "narrative": ""}]}
        """;
    ScoreReport r = Scorer.create().score(s, json.readAssessment(
        assessment.getBytes(StandardCharsets.UTF_8)).orElseThrow()).orElseThrow();
    // 1.1: CITY recitations with 25 participants or more: only the first (30) = 1 × 1 = 1
    // 1.2: hours on or before 2022-10-01: 2.5 + 2 = 4.5 ≥ 4.5 → 1
    assertThat(r.total()).isEqualByComparingTo(io.github.ggw.standards.model.Points.of(2));
    String written = json.writeReport(r);
    assertThat(written).contains("\"count\" : \"activity\"").contains("\"sum\" : \"training\"");
    assertThat(SchemaTest.errors(SchemaTest.schema(Schemas.SCORE_REPORT), written)).isEmpty();
  }
}
