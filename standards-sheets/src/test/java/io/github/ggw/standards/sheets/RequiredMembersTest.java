package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.StandardsJson;

import io.github.ggw.standards.json.CaseFileSamples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.plan.UnitDesignation;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which members each reader requires, as the tables of {@code docs/formats/*.md} mark them: a
 * document written by the library, with one member removed, is refused with {@code
 * JSON_MISSING_PROPERTY} at that member when it is required, and draws no such problem for that
 * member when it is optional (other findings may follow, such as weights that no longer
 * add up).
 */
class RequiredMembersTest {
  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final StandardsJson JSON = StandardsJson.create();
  private static final WorkflowJson WORKFLOW = CaseFileSamples.JSON;
  private static final PlansJson PLANS = PlansJson.create();
  private static final Workflow REPLAY = WORKFLOW.workflow(CaseFileSamples.STANDARD,
      ReferenceData.changzhouRegistry(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  /** A written document of each kind and the reader of its kind. */
  private record Doc(String text, Function<byte[], Result<?>> reader) {}

  private static final String DESIGNATIONS = PLANS.writeDesignations(List.of(
      new UnitDesignation(ReferenceData.changzhouRegistry().getUnits().get(0).unit(),
          io.github.ggw.standards.model.evidence.DesignationKind.QUALITY_PILOT, 2021,
          "常教关委〔2021〕3号")));

  private static final Map<String, Doc> DOCS = Map.ofEntries(Map.entry(
      "standard", new Doc(JSON.writeStandard(ReferenceData.changzhouStandard()),
          JSON::readStandard)),
      Map.entry("sheet1", new Doc(JSON.writeStandard(Sheets.load(Sheets.SHEET1)),
          JSON::readStandard)),
      Map.entry("sheet2", new Doc(JSON.writeStandard(Sheets.load(Sheets.SHEET2)),
          JSON::readStandard)),
      Map.entry("sheet4", new Doc(JSON.writeStandard(Sheets.load(Sheets.SHEET4)),
          JSON::readStandard)),
      Map.entry("sheet5", new Doc(JSON.writeStandard(Sheets.load(Sheets.SHEET5)),
          JSON::readStandard)),
      Map.entry("assessment", new Doc(JSON.writeAssessment(CaseFileSamples.sample(
          "01-excellent-primary.json")), JSON::readAssessment)),
      Map.entry("incident", new Doc(JSON.writeAssessment(CaseFileSamples.sample(
          "03-vetoed-primary.json")), JSON::readAssessment)),
      Map.entry("case-file", new Doc(WORKFLOW.writeCaseFile(CaseFileSamples.wujin2022()),
          b -> WORKFLOW.readCaseFile(b, REPLAY))),
      Map.entry("registry", new Doc(WORKFLOW.writeRegistry(ReferenceData.changzhouRegistry()),
          WORKFLOW::readRegistry)),
      Map.entry("action-plan", new Doc(PLANS.writeActionPlan(PlanReferenceData.wujinActionPlan()),
          PLANS::readActionPlan)),
      Map.entry("work-plan", new Doc(PLANS.writeWorkPlan(PlanReferenceData.wujinWorkPoints2020()),
          PLANS::readWorkPlan)),
      Map.entry("designations", new Doc(DESIGNATIONS, PLANS::readDesignations)),
      Map.entry("profile", new Doc(JSON.writeProfile(JSON.readProfile(
          Sheets.bytes("profile-sheet5-kindergarten.json")).orElseThrow()),
          JSON::readProfile)));

  /** document | object pointer | required members | optional members ("-" for none). */
  private static final String TABLE = """
      standard   |                                  | kind formatVersion id version title issuer effectiveFrom applicableUnitTypes certificationThreshold ratingBands source dimensions | validUntil precision rounding claimStep notApplicableMode bonusCap
      sheet1     |                                  | -                                 | replaces prerequisites
      sheet4     |                                  | -                                 | quotas
      sheet5     |                                  | -                                 | vetoBelow
      sheet4     | /quotas/0                        | rating maxSharePercent            | -
      standard   | /dimensions/0                    | code title maxPoints source       | kind weight children
      standard   | /dimensions/0/children/0         | code title maxPoints source       | requirement kind rule
      standard   | /dimensions/1/children/0         | -                                 | notApplicableTo
      standard   | /title                           | zh en                             | -
      standard   | /source                          | document clause status note       | -
      standard   | /ratingBands/0                   | rating lowerBound                 | -
      standard   | /dimensions/0/children/0/rule    | type condition                    | -
      standard   | /dimensions/0/children/0/rule/condition | measure comparison bound   | -
      standard   | /dimensions/0/children/2/rule    | type measure rungs                | -
      standard   | /dimensions/0/children/2/rule/measure | name                         | -
      standard   | /dimensions/1/children/0/rule/measure | -                            | parameters
      standard   | /dimensions/0/children/2/rule/rungs/0 | atLeast points               | -
      standard   | /dimensions/0/children/4/rule    | type measure pointsEach           | -
      standard   | /dimensions/1/children/3/rule    | type step                         | -
      standard   | /dimensions/2/children/2/rule    | type deficiencies                 | -
      standard   | /dimensions/2/children/2/rule/deficiencies/0 | code reason measure comparison bound pointsEach | -
      sheet5     | /dimensions/4/rule               | type triggeredWhen                | effect capBand
      sheet2     | /dimensions/1/children/2/rule    | type minDeduction maxDeduction step | -
      sheet2     | /dimensions/2/children/2/rule    | type measure target tiers         | -
      sheet2     | /dimensions/2/children/2/rule/tiers/0 | atLeastPercent creditPercent | -
      assessment |                                  | kind formatVersion unit standardId standardVersion year evidence claims | -
      assessment | /unit                            | id name type district             | -
      assessment | /claims/0                        | code points narrative             | -
      assessment | /evidence/0                      | type chairIsUnitHead members workingTeamElders hasOffice hasActivityRoom annualFundingYuan inAnnualPlan | -
      assessment | /evidence/1                      | type elder category tier retiredTeacher joined | -
      assessment | /evidence/10                     | type kind date hours attendees topic | -
      assessment | /evidence/14                     | type kind date level participants award title | -
      assessment | /evidence/23                     | type kind activeFrom sessionsHeld | -
      assessment | /evidence/26                     | type kind pupilsSupported         | -
      assessment | /evidence/28                     | type kind youthsHelped            | -
      assessment | /evidence/29                     | type kind count since             | -
      assessment | /evidence/31                     | type kind date title              | -
      assessment | /evidence/33                     | type kind date count              | -
      assessment | /evidence/34                     | type kind title date sha256       | -
      assessment | /evidence/40                     | type kind level conferredOn documentNumber | -
      incident   | /evidence/38                     | type kind date raisedBy description | -
      case-file  |                                  | kind formatVersion unit status submissions selfScore auditTrail | -
      case-file  | /submissions/0                   | revision digest assessment        | -
      case-file  | /selfScore                       | stage items total roundedTotal rating eligible vetoed | -
      case-file  | /selfScore/items/0               | code depth maxPoints points       | -
      case-file  | /districtReview                  | reviewer reviewedAt digestSeen adjustments score | -
      case-file  | /districtReview/adjustments/0    | code before after reason          | -
      case-file  | /cityApproval                    | approver decidedAt digestSeen decision adjustments score reasons | designation
      case-file  | /cityApproval/designation        | kind documentNumber conferredOn   | -
      case-file  | /auditTrail/2                    | sequence at actor role transition to revision digest changes reasons | -
      case-file  | /auditTrail/1                    | -                                 | from
      case-file  | /auditTrail/2                    | -                                 | designation
      case-file  |                                  | -                                 | districtReview cityApproval
      registry   |                                  | kind formatVersion units actors   | -
      registry   | /units/0                         | unit cityRun                      | -
      registry   | /actors/0                        | id name role staffOf              | -
      registry   | /actors/7                        | -                                 | jurisdiction
      action-plan |                                 | kind formatVersion id title issuer district period goal phases targets assessments source | -
      action-plan | /period                         | firstYear lastYear                | -
      action-plan | /phases/0                       | kind title years                  | -
      action-plan | /targets/7                      | id year metric comparator value unit source | unitType band
      action-plan | /assessments/0                  | year title standardId standardVersion threshold source | -
      work-plan  |                                  | kind formatVersion year title issuer preamble sections source | -
      work-plan  | /sections/1                      | number title items                | preamble programmes
      work-plan  | /sections/1/items/0              | number type title programmes indicators source | -
      work-plan  | /sections/1/programmes/0         | kind title                        | -
      designations |                                | kind formatVersion designations   | -
      designations | /designations/0                | unit kind year documentNumber     | -
      profile    |                                  | kind formatVersion id version title base baseVersion unitType source | exclude pointsChanges ratingBands certificationThreshold
      profile    | /pointsChanges/0                 | code points                       | -
      """;

  static Stream<Arguments> members() {
    return TABLE.lines().filter(l -> !l.isBlank()).flatMap(l -> {
      String[] f = l.split("\\|");
      String doc = f[0].strip();
      String at = f[1].strip();
      Stream<Arguments> required = names(f[2]).map(m -> Arguments.of(doc, at, m, true));
      Stream<Arguments> optional = names(f[3]).map(m -> Arguments.of(doc, at, m, false));
      return Stream.concat(required, optional);
    });
  }

  private static Stream<String> names(String field) {
    String s = field.strip();
    return s.equals("-") ? Stream.empty() : Stream.of(s.split("\\s+"));
  }

  @ParameterizedTest(name = "{0} {1}/{2} required={3}")
  @MethodSource("members")
  void requiredAndOptionalMembers(String doc, String at, String member, boolean required) {
    String text = DOCS.get(doc).text();
    Function<byte[], Result<?>> reader = DOCS.get(doc).reader();
    JsonNode root = TREE.readTree(text);
    JsonNode object = root.at(at);
    assertThat(object.isObject()).as("an object at %s", at).isTrue();
    assertThat(object.has(member)).as("%s written at %s", member, at).isTrue();
    ((ObjectNode) object).remove(member);
    Result<?> r = reader.apply(TREE.writeValueAsString(root)
        .getBytes(StandardCharsets.UTF_8));
    List<Problem> missing = r.problems().stream()
        .filter(p -> p.getCode() == ProblemCode.JSON_MISSING_PROPERTY).toList();
    if (required) {
      assertThat(r.isValid()).isFalse();
      // at the member itself, or at its object (a missing evidence "type")
      assertThat(missing).as("%s", r.problems()).anySatisfy(p ->
          assertThat(p.getLocation().getPointer().orElseThrow()).isIn(at + "/" + member, at));
    } else {
      assertThat(missing).as("%s", r.problems()).noneSatisfy(p ->
          assertThat(p.getLocation().getPointer().orElseThrow())
              .isEqualTo(at + "/" + member));
    }
  }
}
