package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Standard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Declared facts and fact evidence in JSON: read, written back equal, valid against the
 * published schemas, and refused with located problems when they do not fit.
 */
class FactJsonTest {
  private static final String SOURCE =
      "{\"document\": \"测试\", \"clause\": \"§1\", \"status\": \"MODELLED\", \"note\": \"\"}";
  private static final String STANDARD = """
      {"kind": "standard", "formatVersion": 1, "id": "fact-json", "version": "1",
       "title": {"zh": "事实", "en": "facts"}, "issuer": {"zh": "测试", "en": "test"},
       "effectiveFrom": "2022-01-01", "applicableUnitTypes": ["PRIMARY"],
       "certificationThreshold": 3,
       "ratingBands": [{"rating": "FAIL", "lowerBound": 0}, {"rating": "PASS", "lowerBound": 2}],
       "source": %1$s,
       "facts": [
         {"code": "plan.status", "title": {"zh": "计划状态", "en": "plan state"}, "type": "CHOICE",
          "choices": ["DRAFTED", "ADOPTED", "PUBLISHED"], "source": %1$s},
         {"code": "lectures.pupilsReached", "title": {"zh": "受益人次", "en": "pupils reached"},
          "type": "COUNT", "min": 0, "max": 100000, "unit": "人次", "source": %1$s},
         {"code": "counselling.hotline", "title": {"zh": "热线", "en": "hotline"},
          "type": "FLAG", "source": %1$s}],
       "dimensions": [{"code": "1", "title": {"zh": "一", "en": "one"}, "maxPoints": 3,
         "source": %1$s, "children": [
         {"code": "1.1", "title": {"zh": "计划", "en": "plan"}, "maxPoints": 2, "source": %1$s,
          "rule": {"type": "all-or-nothing", "condition": {"measure": {"name": "fact.plan.status"},
            "comparison": "ONE_OF", "values": ["ADOPTED", "PUBLISHED"]}}},
         {"code": "1.2", "title": {"zh": "热线", "en": "hotline"}, "maxPoints": 1, "source": %1$s,
          "rule": {"type": "all-or-nothing", "condition": {
            "measure": {"name": "fact.counselling.hotline"}, "comparison": "EQUALS",
            "values": ["true"]}}}]}]}
      """.formatted(SOURCE);
  private static final String ASSESSMENT = """
      {"kind": "self-assessment", "formatVersion": 1,
       "unit": {"id": "FJ-1", "name": "测试学校", "type": "PRIMARY", "district": "320412"},
       "standardId": "fact-json", "standardVersion": "1", "year": 2022,
       "evidence": [
         {"type": "fact", "code": "plan.status", "value": "ADOPTED"},
         {"type": "fact", "code": "lectures.pupilsReached", "value": 350},
         {"type": "fact", "code": "counselling.hotline", "value": true}],
       "claims": [{"code": "1.1", "points": 2, "narrative": ""},
                  {"code": "1.2", "points": 1, "narrative": ""}]}
      """;
  private final StandardsJson json = StandardsJson.create();

  @Test
  void aStandardWithFactsReadsAndWritesBackEqual() {
    Standard s = json.readStandard(STANDARD.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(s.getFacts()).extracting(f -> f.getCode() + " " + f.getType())
        .containsExactly("plan.status CHOICE", "lectures.pupilsReached COUNT",
            "counselling.hotline FLAG");
    assertThat(s.findFact("lectures.pupilsReached").orElseThrow().getUnit()).contains("人次");
    AllOrNothing a = (AllOrNothing) s.find(CriterionCode.of("1.1")).orElseThrow().getRule()
        .orElseThrow();
    assertThat(a.condition().comparison()).isEqualTo(Comparison.ONE_OF);
    assertThat(a.condition().values()).containsExactly("ADOPTED", "PUBLISHED");
    assertThat(a.condition().bound()).isNull();
    String written = json.writeStandard(s);
    assertThat(written).doesNotContain("\"bound\"").contains("\"values\"");
    assertThat(json.readStandard(written.getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(s);
    Schema schema = SchemaTest.schema(Schemas.STANDARD);
    assertThat(SchemaTest.errors(schema, STANDARD)).isEmpty();
    assertThat(SchemaTest.errors(schema, written)).isEmpty();
    assertThat(SchemaTest.errors(schema, STANDARD.replace("\"type\": \"FLAG\"",
        "\"type\": \"TEXT\""))).isNotEmpty();
    assertThat(SchemaTest.errors(schema, STANDARD.replace("\"values\": [\"true\"]",
        "\"values\": [\"true\"], \"bound\": 1"))).isNotEmpty();
  }

  /** A fact's value keeps its JSON type: a string, a number, a boolean. */
  @Test
  void factEvidenceKeepsItsJsonTypes() {
    SelfAssessment a = json.readAssessment(ASSESSMENT.getBytes(StandardCharsets.UTF_8))
        .orElseThrow();
    assertThat(a.getEvidence()).containsExactly(new FactValue("plan.status", "ADOPTED"),
        new FactValue("lectures.pupilsReached", "350"),
        new FactValue("counselling.hotline", "true"));
    String written = json.writeAssessment(a);
    assertThat(written).contains("\"value\" : \"ADOPTED\"", "\"value\" : 350",
        "\"value\" : true");
    assertThat(json.readAssessment(written.getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(a);
    Schema schema = SchemaTest.schema(Schemas.SELF_ASSESSMENT);
    assertThat(SchemaTest.errors(schema, ASSESSMENT)).isEmpty();
    assertThat(SchemaTest.errors(schema, ASSESSMENT.replace("\"value\": true",
        "\"value\": [true]"))).isNotEmpty();
  }

  /** An array or object as a fact's value is a type error at its place. */
  @Test
  void aValueThatIsNoScalarIsALocatedProblem() {
    List<Problem> ps = json.readAssessment(ASSESSMENT.replace("\"value\": true",
        "\"value\": [true]").getBytes(StandardCharsets.UTF_8)).problems();
    assertThat(ps).extracting(p -> p.getCode() + " " + p.getLocation().getPointer().orElse(""))
        .contains("JSON_WRONG_TYPE /evidence/2/value");
  }

  /** A condition with a numeric operator and values, or a missing comparison, is refused. */
  @Test
  void aConditionThatMixesBoundAndValuesIsRefused() {
    List<Problem> ps = json.readStandard(STANDARD.replace("\"values\": [\"true\"]",
        "\"values\": [\"true\"], \"bound\": 1").getBytes(StandardCharsets.UTF_8)).problems();
    assertThat(ps).extracting(p -> p.getCode() + " " + p.getLocation().getPointer().orElse(""))
        .containsExactly("JSON_INVALID_VALUE /dimensions/0/children/1/rule/condition");
    List<Problem> missing = json.readStandard(STANDARD.replace("\"comparison\": \"EQUALS\",", "")
        .getBytes(StandardCharsets.UTF_8)).problems();
    assertThat(missing).extracting(p -> p.getCode() + " "
        + p.getLocation().getPointer().orElse("")).containsExactly(
            "JSON_MISSING_PROPERTY /dimensions/0/children/1/rule/condition/comparison");
    assertThat(missing.get(0).getLocation().getLine()).isPresent();
  }

  /** A rule reading an undeclared fact: the finding has the item and, in JSON, a line. */
  @Test
  void anUndeclaredFactIsAFindingAtItsItem() {
    List<Problem> ps = json.readStandard(STANDARD.replace("fact.counselling.hotline",
        "fact.counselling.hotlin").getBytes(StandardCharsets.UTF_8)).problems();
    Problem p = ps.stream().filter(x -> x.getCode() == ProblemCode.STANDARD_FACT_UNDECLARED)
        .findFirst().orElseThrow();
    assertThat(p.getLocation().getCriterion()).contains(CriterionCode.of("1.2"));
    assertThat(p.getMessage(Locale.ROOT)).isEqualTo("Item 1.2 reads the measure"
        + " fact.counselling.hotlin, but the standard declares no fact counselling.hotlin; the"
        + " declared facts: counselling.hotline");
    assertThat(p.getMessage(Problem.ZH_CN)).isEqualTo("指标 1.2 读取度量“fact.counselling.hotlin”，"
        + "但标准未声明事实“counselling.hotlin”；已声明的事实：“counselling.hotline”");
  }
}
