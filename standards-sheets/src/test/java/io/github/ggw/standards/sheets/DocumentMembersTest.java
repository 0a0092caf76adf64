package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.CaseFileSamples;

import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.plan.UnitDesignation;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members the library writes in each document kind, with their JSON types, exactly as
 * {@code docs/formats/*.md} lists them. Each test writes real documents (the bundled data, the
 * test sheets, reports and case files made from them), names every object in them by a path rule,
 * and compares the union of the members seen for each named object with the documented table:
 * a member written but not documented, or documented but never written, fails the test.
 */
class DocumentMembersTest {
  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final StandardsJson JSON = StandardsJson.create();

  // ------------------------------------------------------------------ the machinery

  /** Names the objects of a document: path regular expressions, first match wins. */
  private static final class Names {
    private final Map<Pattern, String> rules = new LinkedHashMap<>();
    private final Set<String> typed = new TreeSet<>();
    private final List<Pattern> skipped = new ArrayList<>();

    Names name(String pathRegex, String name) {
      rules.put(Pattern.compile(pathRegex), name);
      return this;
    }

    /** Objects of this name are told apart by their {@code type} member: {@code rule{judgement}}. */
    Names typed(String name) {
      typed.add(name);
      return this;
    }

    /** Subtrees at these paths are other documents, checked by their own test. */
    Names skip(String pathRegex) {
      skipped.add(Pattern.compile(pathRegex));
      return this;
    }

    String of(String path, JsonNode node) {
      for (Map.Entry<Pattern, String> r : rules.entrySet()) {
        if (r.getKey().matcher(path).matches()) {
          String name = r.getValue();
          return typed.contains(name) && node.has("type")
              ? name + "{" + node.get("type").asString() + "}" : name;
        }
      }
      return "UNNAMED " + path;
    }

    boolean skips(String path) {
      return skipped.stream().anyMatch(p -> p.matcher(path).matches());
    }
  }

  /** Every named object of the documents with the union of its members and their JSON types. */
  private static Map<String, Map<String, Set<String>>> shapes(List<String> documents,
      Names names) {
    Map<String, Map<String, Set<String>>> out = new TreeMap<>();
    for (String d : documents) {
      walk(TREE.readTree(d), "", names, out);
    }
    return out;
  }

  private static void walk(JsonNode node, String path, Names names,
      Map<String, Map<String, Set<String>>> out) {
    if (names.skips(path)) {
      return;
    }
    if (node.isObject()) {
      Map<String, Set<String>> members = out.computeIfAbsent(names.of(path, node),
          k -> new TreeMap<>());
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        members.computeIfAbsent(e.getKey(), k -> new TreeSet<>())
            .add(e.getValue().getNodeType().name().toLowerCase(Locale.ROOT));
        walk(e.getValue(), path + "/" + e.getKey(), names, out);
      }
    } else if (node.isArray()) {
      for (JsonNode x : node) {
        walk(x, path + "[]", names, out);
      }
    }
  }

  /**
   * The documented tables: one line per object, {@code name | member:type member:type …}; a name
   * starting with {@code ~} lists what may be written (the samples write a part of it).
   */
  private static void assertShapes(Map<String, Map<String, Set<String>>> actual, String tables) {
    Map<String, Map<String, Set<String>>> expected = new TreeMap<>();
    Set<String> partial = new TreeSet<>();
    for (String line : tables.strip().split("\n")) {
      String[] parts = line.split("\\|");
      String name = parts[0].strip();
      if (name.startsWith("~")) {
        name = name.substring(1);
        partial.add(name);
      }
      Map<String, Set<String>> members = new TreeMap<>();
      for (String m : parts[1].strip().split("\\s+")) {
        String[] nt = m.split(":");
        members.put(nt[0], new TreeSet<>(List.of(nt[1].split("/"))));
      }
      expected.put(name, members);
    }
    assertThat(actual.keySet()).as("objects written").isEqualTo(expected.keySet());
    for (String name : expected.keySet()) {
      if (partial.contains(name)) {
        assertThat(expected.get(name)).as(name).containsAllEntriesOf(actual.get(name));
      } else {
        assertThat(actual.get(name)).as("%s, written: %s", name, render(actual.get(name)))
            .isEqualTo(expected.get(name));
      }
    }
  }

  private static String render(Map<String, Set<String>> members) {
    return members.entrySet().stream().map(e -> e.getKey() + ":" + String.join("/", e.getValue()))
        .collect(Collectors.joining(" "));
  }

  private static final String TEXT = "text | zh:string en:string";
  private static final String SOURCE = "source | document:string clause:string status:string "
      + "note:string";
  private static final String PARAMETERS = "~parameters | activityKinds:array minLevel:string "
      + "minAward:string tiers:array elderCategories:array trainingKinds:array "
      + "careCarrierKinds:array difficultyKinds:array vulnerabilityKinds:array "
      + "mentoringKinds:array researchKinds:array publicityKinds:array documentKinds:array "
      + "designationKinds:array incidentKinds:array withinYear:boolean";

  // ------------------------------------------------------------------ standard

  @Test
  void standardMembers() {
    List<String> docs = new ArrayList<>();
    docs.add(JSON.writeStandard(ReferenceData.changzhouStandard()));
    Sheets.ALL.forEach(s -> docs.add(JSON.writeStandard(Sheets.load(s))));
    Names names = new Names()
        .name("", "standard")
        .name(".*/(dimensions|children)\\[\\]", "criterion")
        .name(".*/rule", "rule").typed("rule")
        .name(".*/(condition|triggeredWhen)", "condition")
        .name(".*/measure", "measure")
        .name(".*/parameters", "parameters")
        .name(".*/rungs\\[\\]", "rung")
        .name(".*/tiers\\[\\]", "creditTier")
        .name(".*/deficiencies\\[\\]", "deficiency")
        .name(".*/(title|issuer|requirement|reason)", "text")
        .name(".*/source", "source")
        .name("/ratingBands\\[\\]", "ratingBand")
        .name("/quotas\\[\\]", "quota");
    assertShapes(shapes(docs, names), String.join("\n",
        "standard | kind:string formatVersion:number id:string version:string replaces:string "
            + "title:object issuer:object effectiveFrom:string validUntil:string "
            + "applicableUnitTypes:array precision:number rounding:string claimStep:number "
            + "notApplicableMode:string bonusCap:number certificationThreshold:number "
            + "vetoBelow:number ratingBands:array quotas:array prerequisites:array "
            + "jurisdiction:array source:object dimensions:array",
        "criterion | code:string title:object requirement:object maxPoints:number kind:string "
            + "rule:object weight:number notApplicableTo:array source:object children:array",
        "rule{all-or-nothing} | type:string condition:object",
        "rule{judgement} | type:string step:number",
        "rule{per-occurrence} | type:string measure:object pointsEach:number",
        "rule{threshold-ladder} | type:string measure:object rungs:array",
        "rule{deduction} | type:string deficiencies:array",
        "rule{veto} | type:string triggeredWhen:object effect:string capBand:string",
        "rule{discretionary-deduction} | type:string minDeduction:number maxDeduction:number "
            + "step:number",
        "rule{tiered-credit} | type:string measure:object target:number tiers:array",
        "condition | measure:object comparison:string bound:number",
        "measure | name:string parameters:object",
        PARAMETERS,
        "rung | atLeast:number points:number",
        "creditTier | atLeastPercent:number creditPercent:number",
        "deficiency | code:string reason:object measure:object comparison:string bound:number "
            + "pointsEach:number",
        "ratingBand | rating:string lowerBound:number",
        "quota | rating:string maxSharePercent:number",
        TEXT, SOURCE));
  }

  // ------------------------------------------------------------------ self-assessment

  private static List<SelfAssessment> samples() {
    return ReferenceData.sampleNames().stream()
        .map(n -> JSON.readAssessment(ReferenceData.sample(n)).orElseThrow()).toList();
  }

  @Test
  void selfAssessmentMembers() {
    List<String> docs = samples().stream().map(JSON::writeAssessment).toList();
    Names names = new Names().name("", "self-assessment").name("/unit", "unit")
        .name("/evidence\\[\\]", "evidence").typed("evidence").name("/claims\\[\\]", "claim");
    assertShapes(shapes(docs, names), String.join("\n",
        "self-assessment | kind:string formatVersion:number unit:object standardId:string "
            + "standardVersion:string year:number evidence:array claims:array",
        "unit | id:string name:string type:string district:string",
        "claim | code:string points:number narrative:string",
        "evidence{organisation} | type:string chairIsUnitHead:boolean members:number "
            + "workingTeamElders:number hasOffice:boolean hasActivityRoom:boolean "
            + "annualFundingYuan:number inAnnualPlan:boolean",
        "evidence{elder} | type:string elder:string category:string tier:string "
            + "retiredTeacher:boolean joined:string",
        "evidence{training} | type:string kind:string date:string hours:number "
            + "attendees:number topic:string",
        "evidence{activity} | type:string kind:string date:string level:string "
            + "participants:number award:string title:string",
        "evidence{care-carrier} | type:string kind:string activeFrom:string "
            + "sessionsHeld:number",
        "evidence{difficulty-support} | type:string kind:string pupilsSupported:number",
        "evidence{vulnerability-support} | type:string kind:string youthsHelped:number",
        "evidence{mentoring} | type:string kind:string count:number since:string",
        "evidence{research} | type:string kind:string date:string title:string",
        "evidence{publicity} | type:string kind:string date:string count:number",
        "evidence{document} | type:string kind:string title:string date:string sha256:string",
        "evidence{designation} | type:string kind:string level:string conferredOn:string "
            + "documentNumber:string",
        "evidence{incident} | type:string kind:string date:string raisedBy:string "
            + "description:string"));
  }

  // ------------------------------------------------------------------ score report

  @Test
  void scoreReportMembers() {
    Scorer scorer = Scorer.create();
    List<String> docs = new ArrayList<>();
    for (String name : ReferenceData.sampleNames()) {
      byte[] bytes = ReferenceData.sample(name);
      var report = scorer.score(ReferenceData.changzhouStandard(),
          JSON.readAssessment(bytes).orElseThrow()).value().orElseThrow();
      docs.add(JSON.writeReport(report));
      // as the command line writes it: warnings located in the bytes they came from
      docs.add(JSON.writeReport(report.withWarnings(JSON.locate(bytes, report.warnings()))));
    }
    // sheet 5: a serious violation caps the band (capBand written); a total below the floor of
    // 60 is a veto without an item code
    Standard s5 = Sheets.load(Sheets.SHEET5);
    // 10 + 10 + (4 team elders) 20 + (3 activities) 15 + (5 pupils) 15 + 5 + (1 youth) 15 = 90
    docs.add(JSON.writeReport(sheet5(s5, 4, 3, Sheets.vulnerable(1),
        Sheets.incident(IncidentKind.SERIOUS_VIOLATION))
        .claim("1.1=10", "1.2=10", "1.3=20", "2.1=15", "2.2=15", "3.1=5", "3.2=15").score()));
    // 10 + 10 + (2 team elders) 10 + (1 activity) 5 + 15 + 5 + 0 = 55, below the floor of 60
    docs.add(JSON.writeReport(sheet5(s5, 2, 1)
        .claim("1.1=10", "1.2=10", "1.3=10", "2.1=5", "2.2=15", "3.1=5", "3.2=0").score()));
    Names names = new Names().name("", "envelope").name("/report", "report")
        .name("/report/unit", "unit").name("/report/items\\[\\]", "item")
        .name(".*/lost\\[\\]", "lost").name(".*/measures\\[\\]", "measureValue")
        .name(".*/measures\\[\\]/measure", "measure").name(".*/parameters", "parameters")
        .name("/report/dimensions\\[\\]", "dimension").name("/report/vetoes\\[\\]", "veto")
        .name("/report/eligibility", "eligibility").name("/report/gaps\\[\\]", "gap")
        .name("/report/warnings\\[\\]", "problem").name(".*/location", "location")
        .name(".*/(title|rule|reason|label|unit|reasons\\[\\])", "text");
    assertShapes(shapes(docs, names), String.join("\n",
        "envelope | kind:string formatVersion:number report:object",
        "report | unit:object standardId:string standardVersion:string year:number "
            + "notApplicableMode:string items:array dimensions:array composite:number "
            + "bonus:number total:number roundedTotal:number nominalMax:number "
            + "maximumTotal:number rating:string vetoes:array eligibility:object "
            + "claimedSum:number gaps:array warnings:array",
        "unit | id:string name:string type:string district:string",
        "item | code:string title:object kind:string depth:number maxPoints:number "
            + "awarded:number source:string claimed:number claimComparison:string rule:object "
            + "measures:array lost:array",
        // due: a deduction line that got less than it costs (past the floor, 扣完为止)
        "lost | points:number reason:object reasonCode:string measures:array due:number",
        "measureValue | measure:object label:object value:number type:string unit:object",
        "measure | name:string parameters:object",
        PARAMETERS,
        "dimension | code:string title:object score:number applicableMax:number "
            + "maxPoints:number weight:number contribution:number",
        "veto | code:string reason:object measures:array effect:string capBand:string",
        "eligibility | eligible:boolean threshold:number reasons:array",
        "gap | code:string title:object lost:number",
        "problem | code:string severity:string location:object offendingValue:string "
            + "messageZh:string messageEn:string",
        "location | pointer:string line:number column:number criterion:string",
        TEXT));
  }

  /**
   * When the members of a report that are not always written appear: {@code claimed} on the
   * lines that take a claim, {@code rule} on every line but subtotals, a veto's {@code code} except
   * for the total floor, {@code capBand} with {@code CAP_BAND}, a dimension's {@code weight} in a
   * weighted standard.
   */
  @Test
  void scoreReportMembersWrittenWhenTheyApply() {
    Standard s5 = Sheets.load(Sheets.SHEET5);
    List<JsonNode> reports = new ArrayList<>();
    for (SelfAssessment a : samples()) {
      reports.add(TREE.readTree(JSON.writeReport(Scorer.create()
          .score(ReferenceData.changzhouStandard(), a).value().orElseThrow())).get("report"));
    }
    reports.add(TREE.readTree(JSON.writeReport(sheet5(s5, 4, 3, Sheets.vulnerable(1),
        Sheets.incident(IncidentKind.SERIOUS_VIOLATION))
        .claim("1.1=10", "1.2=10", "1.3=20", "2.1=15", "2.2=15", "3.1=5", "3.2=15").score()))
        .get("report"));
    reports.add(TREE.readTree(JSON.writeReport(sheet5(s5, 2, 1)
        .claim("1.1=10", "1.2=10", "1.3=10", "2.1=5", "2.2=15", "3.1=5", "3.2=0").score()))
        .get("report"));
    for (JsonNode r : reports) {
      for (JsonNode i : r.get("items")) {
        String source = i.get("source").asString();
        boolean claimable = (source.equals("COMPUTED") || source.equals("CLAIMED"))
            && !i.get("kind").asString().equals("VETO");
        assertThat(i.has("claimed")).as("claimed on %s", i.get("code")).isEqualTo(claimable);
        assertThat(i.has("rule")).as("rule on %s", i.get("code"))
            .isEqualTo(!source.equals("SUBTOTAL"));
      }
      for (JsonNode v : r.get("vetoes")) {
        assertThat(v.has("capBand")).isEqualTo(v.get("effect").asString().equals("CAP_BAND"));
      }
      boolean weighted = r.get("standardId").asString().equals("changzhou-quality-basic");
      for (JsonNode d : r.get("dimensions")) {
        assertThat(d.has("weight")).isEqualTo(weighted);
      }
    }
    // the floor veto of the last report has no code; the item vetoes have theirs
    assertThat(reports.get(reports.size() - 1).get("vetoes")).singleElement()
        .satisfies(v -> assertThat(v.has("code")).isFalse());
    assertThat(reports.get(reports.size() - 2).get("vetoes")).singleElement()
        .satisfies(v -> assertThat(v.get("code").asString()).isEqualTo("V2"));
  }

  /** A primary school on sheet 5 (as in SheetsTest) with five pupils supported and more. */
  private static Sheets.Case sheet5(Standard s5, int teamElders, int activities,
      io.github.ggw.standards.model.evidence.Evidence... more) {
    Sheets.Case c = Sheets.unit(s5, UnitType.PRIMARY, "P" + teamElders + activities)
        .with(Sheets.org(true, 8, teamElders, true, true, 3000, true))
        .with(Sheets.pupils(5)).with(more);
    for (int i = 0; i < activities; i++) {
      c.with(Sheets.activity(ActivityKind.values()[i], Level.SCHOOL));
    }
    return c;
  }

  // ------------------------------------------------------------------ case file and registry

  @Test
  void caseFileMembers() {
    WorkflowJson wf = CaseFileSamples.JSON;
    List<String> docs = CaseFileSamples.all().values().stream().map(wf::writeCaseFile).toList();
    Names names = new Names().name("", "case-file").name("/unit", "unit")
        .name("/submissions\\[\\]", "submission").skip("/submissions\\[\\]/assessment")
        .name(".*/(selfScore|score)", "stageScore").name(".*/items\\[\\]", "itemPoints")
        .name("/districtReview", "districtReview").name("/cityApproval", "cityApproval")
        .name(".*/(adjustments|changes)\\[\\]", "pointsChange")
        .name(".*/designation", "designation").name("/auditTrail\\[\\]", "auditEvent")
        .name("/auditTrail\\[\\]/signature", "signature");
    assertShapes(shapes(docs, names), String.join("\n",
        "case-file | kind:string formatVersion:number unit:object status:string "
            + "submissions:array selfScore:object districtReview:object cityApproval:object "
            + "auditTrail:array",
        "unit | id:string name:string type:string district:string",
        "submission | revision:number digest:string assessment:object",
        "stageScore | stage:string items:array total:number roundedTotal:number "
            + "rating:string eligible:boolean vetoed:boolean",
        "itemPoints | code:string depth:number maxPoints:number points:number",
        "districtReview | reviewer:string reviewedAt:string digestSeen:string "
            + "adjustments:array score:object",
        "cityApproval | approver:string decidedAt:string digestSeen:string decision:string "
            + "adjustments:array score:object designation:object reasons:array",
        "pointsChange | code:string before:number after:number reason:string",
        "designation | kind:string documentNumber:string conferredOn:string",
        "auditEvent | sequence:number at:string actor:string role:string transition:string "
            + "from:string to:string revision:number digest:string changes:array "
            + "reasons:array designation:object office:string signature:object",
        "signature | alg:string keyId:string signature:string"));
    // the embedded assessment is a whole self-assessment document
    assertThat(TREE.readTree(docs.get(0)).at("/submissions/0/assessment/kind").asString())
        .isEqualTo("self-assessment");
  }

  @Test
  void registryMembers() {
    WorkflowJson wf = CaseFileSamples.JSON;
    String written = wf.writeRegistry(ReferenceData.changzhouRegistry());
    Names names = new Names().name("", "unit-registry").name("/units\\[\\]", "registeredUnit")
        .name("/units\\[\\]/unit", "unit").name("/actors\\[\\]", "actor")
        .name("/offices\\[\\]", "office").name("/offices\\[\\]/name", "localizedText")
        .name("/offices\\[\\]/keys\\[\\]", "officeKey");
    assertShapes(shapes(List.of(written), names), String.join("\n",
        "unit-registry | kind:string formatVersion:number demo:boolean units:array "
            + "actors:array offices:array",
        "office | id:string level:string district:string name:object actors:array keys:array "
            + "documentNumberPattern:string",
        "localizedText | zh:string en:string",
        "officeKey | keyId:string publicKey:string validFrom:string",
        "registeredUnit | unit:object cityRun:boolean",
        "unit | id:string name:string type:string district:string",
        "actor | id:string name:string role:string jurisdiction:string staffOf:array"));
    // the bundled file also has a note, which the reader accepts and does not keep
    byte[] bundled = ReferenceData.resource(
        "/io/github/ggw/standards/json/reference/registry/changzhou-registry.json");
    assertThat(TREE.readTree(bundled).has("note")).isTrue();
    assertThat(wf.readRegistry(bundled).problems()).isEmpty();
    assertThat(TREE.readTree(written).has("note")).isFalse();
  }

  // ------------------------------------------------------------------ plans, designations

  @Test
  void actionPlanMembers() {
    String written = PlansJson.create().writeActionPlan(PlanReferenceData.wujinActionPlan());
    Names names = new Names().name("", "action-plan")
        .name(".*/(period|years)", "period").name("/phases\\[\\]", "phase")
        .name("/targets\\[\\]", "target").name("/assessments\\[\\]", "stagedAssessment")
        .name(".*/(title|issuer|goal)", "text").name(".*/source", "source");
    assertShapes(shapes(List.of(written), names), String.join("\n",
        "action-plan | kind:string formatVersion:number id:string title:object issuer:object "
            + "district:string period:object goal:object phases:array targets:array "
            + "assessments:array source:object",
        "period | firstYear:number lastYear:number",
        "phase | kind:string title:object years:object",
        "target | id:string year:number metric:string unitType:string comparator:string "
            + "value:number unit:string band:string source:object",
        "stagedAssessment | year:number title:object standardId:string standardVersion:string "
            + "threshold:number source:object",
        TEXT, SOURCE));
  }

  @Test
  void workPlanMembers() {
    String written = PlansJson.create().writeWorkPlan(PlanReferenceData.wujinWorkPoints2020());
    Names names = new Names().name("", "work-plan").name("/sections\\[\\]", "section")
        .name("/sections\\[\\]/items\\[\\]", "item").name(".*/programmes\\[\\]", "programme")
        .name(".*/(title|issuer|preamble)", "text").name(".*/source", "source");
    assertShapes(shapes(List.of(written), names), String.join("\n",
        "work-plan | kind:string formatVersion:number year:number title:object issuer:object "
            + "preamble:object sections:array source:object",
        "section | number:number title:object preamble:object programmes:array items:array",
        "item | number:number type:string title:object programmes:array indicators:array "
            + "source:object",
        "programme | kind:string title:object",
        TEXT, SOURCE));
  }

  @Test
  void designationsMembers() {
    PlansJson plans = PlansJson.create();
    List<UnitDesignation> list = List.of(new UnitDesignation(
        ReferenceData.changzhouRegistry().getUnits().get(0).unit(),
        io.github.ggw.standards.model.evidence.DesignationKind.QUALITY_PILOT, 2021,
        "常教关委〔2021〕3号"));
    String written = plans.writeDesignations(list);
    Names names = new Names().name("", "designations").name("/designations\\[\\]", "entry")
        .name("/designations\\[\\]/unit", "unit");
    assertShapes(shapes(List.of(written), names), String.join("\n",
        "designations | kind:string formatVersion:number designations:array",
        "entry | unit:object kind:string year:number documentNumber:string",
        "unit | id:string name:string type:string district:string"));
    assertThat(plans.readDesignations(written.getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(list);
  }

  // ------------------------------------------------------------------ profile

  @Test
  void profileMembers() {
    Profile p = JSON.readProfile(Sheets.bytes("profile-sheet5-kindergarten.json")).orElseThrow();
    Profile more = io.github.ggw.standards.model.standard.ImmutableProfile.copyOf(p)
        .withSelect(io.github.ggw.standards.model.standard.CriterionCode.of("1"),
            io.github.ggw.standards.model.standard.CriterionCode.of("3"))
        .withWeightChanges(new io.github.ggw.standards.model.standard.WeightChange(
            io.github.ggw.standards.model.standard.CriterionCode.of("1"), java.math.BigDecimal.TEN));
    Names names = new Names().name("", "profile").name("/pointsChanges\\[\\]", "pointsChange")
        .name("/weightChanges\\[\\]", "weightChange").name("/ratingBands\\[\\]", "ratingBand")
        .name(".*/title", "text").name(".*/source", "source");
    assertShapes(shapes(List.of(JSON.writeProfile(p), JSON.writeProfile(more)), names),
        String.join("\n",
            "profile | kind:string formatVersion:number id:string version:string title:object "
                + "base:string baseVersion:string unitType:string select:array exclude:array "
                + "pointsChanges:array weightChanges:array ratingBands:array "
                + "certificationThreshold:number source:object",
            "pointsChange | code:string points:number",
            "weightChange | code:string weight:number",
            "ratingBand | rating:string lowerBound:number",
            TEXT, SOURCE));
  }
}
