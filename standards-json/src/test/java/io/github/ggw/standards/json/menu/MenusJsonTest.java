package io.github.ggw.standards.json.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.menu.Beneficiary;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.menu.ServiceUnit;
import io.github.ggw.standards.model.menu.TimeWindow;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The menu documents: the bundled menus, round trips, labels, and broken menus located. */
public class MenusJsonTest {
  private static final MenusJson JSON = MenusJson.create();

  @Test
  void theBundledMenusReadAndWriteBackEqual() {
    NeedsMenu needs = JSON.readNeeds(ReferenceData.resource(ReferenceData.EXAMPLE_NEEDS_MENU))
        .orElseThrow();
    ResourceMenu resources = JSON.readResources(
        ReferenceData.resource(ReferenceData.EXAMPLE_RESOURCE_MENU)).orElseThrow();
    assertThat(needs.unit()).isEqualTo(UnitId.of("WJ-PS-001"));
    assertThat(needs.needs()).hasSize(8);
    assertThat(resources.resources()).hasSize(6);
    assertThat(JSON.readNeeds(bytes(JSON.writeNeeds(needs))).orElseThrow()).isEqualTo(needs);
    assertThat(JSON.readResources(bytes(JSON.writeResources(resources))).orElseThrow())
        .isEqualTo(resources);
    assertThat(JSON.kindOf(bytes(JSON.writeNeeds(needs)))).contains("needs-menu");
  }

  /** Choices are read as codes in any case or as labels in either language, width-normalised. */
  @Test
  void choicesAreReadAsCodesOrLabelsInEitherLanguage() {
    String doc = """
        {"kind": "needs-menu", "formatVersion": 1, "unitId": "WJ-PS-001", "year": 2022,
         "needs": [
          {"id": "N1", "category": " 学业辅导 ", "beneficiary": "young teachers and staff",
           "count": 3, "unit": "sessions", "window": {"from": "2022-03-01", "to": "2022-06-30"}},
          {"id": "N2", "category": "ＴＵＴＯＲＩＮＧ", "beneficiary": "青少年学生", "count": 1,
           "unit": "次", "window": {"from": "2022-03-01", "to": "2022-03-01"}}]}
        """;
    NeedsMenu m = JSON.readNeeds(bytes(doc)).orElseThrow();
    assertThat(m.needs()).extracting(Need::category)
        .containsExactly(ServiceCategory.TUTORING, ServiceCategory.TUTORING);
    assertThat(m.needs()).extracting(Need::beneficiary)
        .containsExactly(Beneficiary.YOUNG_TEACHERS, Beneficiary.PUPILS);
    assertThat(m.needs()).extracting(Need::unit).containsOnly(ServiceUnit.SESSIONS);
  }

  /**
   * The broken menu documents, shared with the command line's language-leak test.
   *
   * @return name, whether a needs menu, the document and the expected codes and pointers
   */
  public static Stream<Arguments> brokenMenus() {
    String head = "{\"kind\": \"needs-menu\", \"formatVersion\": 1, \"unitId\": \"WJ-PS-001\","
        + " \"year\": 2022, \"needs\": [";
    String rhead = "{\"kind\": \"resource-menu\", \"formatVersion\": 1, \"unitId\": \"WJ-PS-001\","
        + " \"year\": 2022, \"resources\": [";
    String need = "{\"id\": \"%s\", \"category\": \"%s\", \"beneficiary\": \"PUPILS\","
        + " \"count\": %s, \"unit\": \"SESSIONS\", \"window\": {\"from\": \"%s\", \"to\": \"%s\"}}";
    return Stream.of(
        // four problems of different kinds in one file, all reported at once
        Arguments.of("four entry problems", true, head
            + need.formatted("N1", "TUTORNG", 3, "2022-03-01", "2022-06-30") + ", "
            + need.formatted("N2", "LECTURE", 0, "2022-03-01", "2022-06-30") + ", "
            + need.formatted("N3", "LECTURE", 2, "2022/3/1", "2022-06-30") + ", "
            + need.formatted("N1", "LECTURE", 2, "2022-06-30", "2022-03-01") + "]}",
            List.of("MENU_CHOICE_UNKNOWN /needs/0/category",
                "MENU_AMOUNT_OUT_OF_RANGE /needs/1/count",
                "MENU_DATE_INVALID /needs/2/window/from",
                "MENU_DUPLICATE_ID /needs/3/id",
                "MENU_WINDOW_REVERSED /needs/3/window/to")),
        Arguments.of("count above 10000 and a date that does not exist", true, head
            + need.formatted("N1", "LECTURE", 10001, "2022-02-30", "2022-06-30") + "]}",
            List.of("MENU_AMOUNT_OUT_OF_RANGE /needs/0/count",
                "MENU_DATE_INVALID /needs/0/window/from")),
        Arguments.of("header: bad unit id and year", true,
            "{\"kind\": \"needs-menu\", \"formatVersion\": 1, \"unitId\": \"武进一小\","
                + " \"year\": 1999, \"needs\": []}",
            List.of("MENU_ID_INVALID /unitId", "MENU_YEAR_INVALID /year")),
        Arguments.of("missing members", true, head + "{\"id\": \"N1\"}]}",
            List.of("JSON_MISSING_PROPERTY /needs/0/category",
                "JSON_MISSING_PROPERTY /needs/0/beneficiary",
                "JSON_MISSING_PROPERTY /needs/0/count", "JSON_MISSING_PROPERTY /needs/0/unit",
                "JSON_MISSING_PROPERTY /needs/0/window")),
        Arguments.of("wrong kind", true,
            "{\"kind\": \"resource-menu\", \"formatVersion\": 1, \"unitId\": \"WJ-PS-001\","
                + " \"year\": 2022, \"needs\": []}", List.of("JSON_WRONG_KIND /kind")),
        Arguments.of("resource: empty lists, bad elder, unknown tier", false, rhead
            + "{\"id\": \"R1\", \"elder\": \"1号\", \"elderCategory\": \"TEACHER\","
            + " \"tier\": \"TOP\", \"categories\": [], \"capacity\": 2, \"unit\": \"PAIRS\","
            + " \"availability\": []}]}",
            List.of("MENU_ID_INVALID /resources/0/elder", "MENU_CHOICE_UNKNOWN /resources/0/tier",
                "MENU_LIST_EMPTY /resources/0/categories",
                "MENU_LIST_EMPTY /resources/0/availability")),
        Arguments.of("resource: unknown category in the list, reversed window", false, rhead
            + "{\"id\": \"R1\", \"elder\": \"E1\", \"elderCategory\": \"家长\","
            + " \"tier\": \"CORE\", \"categories\": [\"TUTORING\", \"COOKING\"],"
            + " \"capacity\": 2, \"unit\": \"PAIRS\","
            + " \"availability\": [{\"from\": \"2022-05-01\", \"to\": \"2022-04-01\"}]}]}",
            List.of("MENU_CHOICE_UNKNOWN /resources/0/elderCategory",
                "MENU_CHOICE_UNKNOWN /resources/0/categories/1",
                "MENU_WINDOW_REVERSED /resources/0/availability/0/to")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenMenus")
  void brokenMenusGetEveryProblemLocated(String name, boolean isNeeds, String doc,
      List<String> expected) {
    Result<?> r = isNeeds ? JSON.readNeeds(bytes(doc)) : JSON.readResources(bytes(doc));
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(p -> p.getCode() + " "
        + p.getLocation().getPointer().orElse("")).containsExactlyInAnyOrderElementsOf(expected);
    for (Problem p : r.problems()) {
      // every problem has its place as line and column too, and messages in both languages
      assertThat(p.getLocation().getLine()).isPresent();
      assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE)).isNotBlank()
          .isNotEqualTo(p.getMessage(Locale.ENGLISH));
    }
  }

  /** An unknown choice lists the allowed labels: in zh the Chinese labels, in en labels with codes. */
  @Test
  void anUnknownChoiceListsTheAllowedLabels() {
    String doc = "{\"kind\": \"needs-menu\", \"formatVersion\": 1, \"unitId\": \"WJ-PS-001\","
        + " \"year\": 2022, \"needs\": [{\"id\": \"N1\", \"category\": \"TUTORING\","
        + " \"beneficiary\": \"parents\", \"count\": 1, \"unit\": \"SESSIONS\","
        + " \"window\": {\"from\": \"2022-03-01\", \"to\": \"2022-03-01\"}}]}";
    Problem p = JSON.readNeeds(bytes(doc)).problems().get(0);
    assertThat(p.getCode()).isEqualTo(ProblemCode.MENU_CHOICE_UNKNOWN);
    assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("“parents”", "青少年学生、青年教职工");
    assertThat(p.getMessage(Locale.ENGLISH)).contains("pupils (PUPILS)",
        "young teachers and staff (YOUNG_TEACHERS)");
  }

  private static final LocalDate START = LocalDate.of(2022, 1, 1);

  private static Gen<TimeWindow> windows() {
    return SourceDSL.integers().between(0, 300).zip(SourceDSL.integers().between(0, 60),
        (from, length) -> TimeWindow.of(START.plusDays(from), START.plusDays(from + length)));
  }

  private static <E extends Enum<E>> Gen<E> one(Class<E> type) {
    E[] all = type.getEnumConstants();
    return SourceDSL.integers().between(0, all.length - 1).map(i -> all[i]);
  }

  private static Gen<NeedsMenu> needsMenus() {
    Gen<Need> need = one(ServiceCategory.class).zip(one(Beneficiary.class),
        SourceDSL.integers().between(1, 10_000), one(ServiceUnit.class), windows(),
        (c, b, n, u, w) -> new Need(NeedId.of("X"), c, b, n, u, w));
    return SourceDSL.lists().of(need).ofSizeBetween(0, 12).map(list -> {
      List<Need> numbered = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Need n = list.get(i);
        numbered.add(new Need(NeedId.of("N" + i), n.category(), n.beneficiary(), n.count(),
            n.unit(), n.window()));
      }
      return new NeedsMenu(UnitId.of("JT-PS-001"), 2022, numbered);
    });
  }

  private static Gen<ResourceMenu> resourceMenus() {
    Gen<Resource> resource = SourceDSL.integers().between(1, 255).zip(one(Tier.class),
        SourceDSL.integers().between(1, 10_000), one(ServiceUnit.class),
        SourceDSL.lists().of(windows()).ofSizeBetween(1, 3), (mask, t, cap, u, ws) -> {
          EnumSet<ServiceCategory> offered = EnumSet.noneOf(ServiceCategory.class);
          for (ServiceCategory c : ServiceCategory.values()) {
            if ((mask & (1 << c.ordinal())) != 0) {
              offered.add(c);
            }
          }
          return new Resource(ResourceId.of("X"), ElderRef.of("E1"), ElderCategory.TEACHER, t,
              offered, cap, u, ws);
        });
    return SourceDSL.lists().of(resource).ofSizeBetween(0, 12).map(list -> {
      List<Resource> numbered = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Resource r = list.get(i);
        numbered.add(new Resource(ResourceId.of("R" + i), ElderRef.of("E" + i),
            r.elderCategory(), r.tier(), r.categories(), r.capacity(), r.unit(),
            r.availability()));
      }
      return new ResourceMenu(UnitId.of("JT-PS-001"), 2022, numbered);
    });
  }

  @Test
  void writingAndReadingAMenuIsTheIdentity() {
    qt().withExamples(200).forAll(needsMenus(), resourceMenus()).checkAssert((n, r) -> {
      assertThat(JSON.readNeeds(bytes(JSON.writeNeeds(n))).orElseThrow()).isEqualTo(n);
      assertThat(JSON.readResources(bytes(JSON.writeResources(r))).orElseThrow()).isEqualTo(r);
    });
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
