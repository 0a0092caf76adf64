package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.report.MenuReports;
import io.github.ggw.standards.report.ReportOptions;
import io.github.ggw.standards.json.menu.MenusJson;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.menu.CategoryCoverage;
import io.github.ggw.standards.rules.menu.MatchResult;
import io.github.ggw.standards.rules.menu.MenuMatcher;
import io.github.ggw.standards.rules.menu.NeedCoverage;
import io.github.ggw.standards.rules.menu.ResourceUse;
import io.github.ggw.standards.sheets.MenuWorkbooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code standards match [NEEDS RESOURCES | MENUS.xlsx]}: matches a school's needs menu to its resource menu
 * (需求菜单与资源菜单对接, seed §三.1) and prints the allocation in the run's language: each need
 * with the resources assigned and the units covered, why the rest is not covered, each resource
 * with its use and spare capacity, the coverage per category, and a summary line. The two files
 * may be given in either order (each says its kind), or one menu workbook holding both ({@code
 * standards menu-template}); without them the bundled example menus
 * (modelled) are matched. {@code --format json} writes the matching document ({@code kind =
 * "menu-match"}).
 */
@Command(name = "match", mixinStandardHelpOptions = true)
final class MatchCommand implements Callable<Integer> {

  /** The formats: a text report, the matching document, or report files (need --output). */
  enum Choice { text, json, csv, html, xlsx }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "MENU", arity = "0..2", descriptionKey = "menus")
  List<Path> menus = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  Choice format;

  @Option(names = "--output", paramLabel = "FILE")
  Path output;

  @Mixin Language language;

  @Override
  public Integer call() throws IOException {
    Words words = language.words();
    PrintWriter err = spec.commandLine().getErr();

    boolean file = format == Choice.csv || format == Choice.html || format == Choice.xlsx;
    if (file && output == null) {
      throw new UsageException(spec, words, "error.matchNeedsOutput", format);
    }
    StandardsJson json = StandardsJson.create();
    MenusJson reader = MenusJson.create(json);
    List<Input> inputs = new ArrayList<>();
    if (menus.isEmpty()) {
      inputs.add(Input.of("menus/WJ-PS-001-2022.needs.json", InputKind.JSON,
          ReferenceData.resource(ReferenceData.EXAMPLE_NEEDS_MENU)));
      inputs.add(Input.of("menus/WJ-PS-001-2022.resources.json", InputKind.JSON,
          ReferenceData.resource(ReferenceData.EXAMPLE_RESOURCE_MENU)));
    } else {
      InputResolver resolver = new InputResolver(words, EnumSet.of(InputKind.JSON,
          InputKind.XLSX), false, json.getLimits().maxDocumentBytes(), Environment.of(spec));
      for (Path p : menus) {
        inputs.add(resolver.readOne(p));
      }
    }
    NeedsMenu needs = null;
    ResourceMenu resources = null;
    String needsName = null;
    String resourcesName = null;
    boolean failed = false;
    if (inputs.size() == 1 && !inputs.get(0).isRefused()
        && inputs.get(0).kind() == InputKind.XLSX) {
      // one workbook holding both menus
      Input in = inputs.get(0);
      Result<MenuWorkbooks.Menus> r = MenuWorkbooks.read(in.bytes());
      ScoreCommand.printProblems(err, words, in.name(), r.problems());
      if (!r.isValid()) {
        err.println(words.get("match.refused"));
        return StandardsCommand.INVALID_INPUT;
      }
      needs = r.orElseThrow().needs();
      resources = r.orElseThrow().resources();
      needsName = in.name();
      resourcesName = in.name();
      inputs.clear();
    } else if (inputs.size() == 1 && !inputs.get(0).isRefused()) {
      throw new UsageException(spec, words, "error.matchTwoMenus");
    }
    for (Input in : inputs) {
      if (!in.isRefused() && in.kind() == InputKind.XLSX) {
        ScoreCommand.printProblems(err, words, in.name(), List.of(Problem.of(
            ProblemCode.JSON_WRONG_KIND, Location.unknown(), "xlsx", "xlsx", "needs-menu")));
        err.println(words.get("match.workbookAlone"));
        failed = true;
        continue;
      }
      if (in.isRefused()) {
        ScoreCommand.printProblems(err, words, in.name(), in.problems());
        failed = true;
        continue;
      }
      Optional<String> kind = reader.kindOf(in.bytes());
      boolean wantNeeds = kind.map("needs-menu"::equals).orElse(false) ? needs == null
          : kind.map("resource-menu"::equals).orElse(false) ? false : needs == null;
      if (wantNeeds) {
        Result<NeedsMenu> r = reader.readNeeds(in.bytes());
        ScoreCommand.printProblems(err, words, in.name(), r.problems());
        needs = r.value().orElse(null);
        needsName = in.name();
        failed |= !r.isValid();
      } else if (resources == null) {
        Result<ResourceMenu> r = reader.readResources(in.bytes());
        ScoreCommand.printProblems(err, words, in.name(), r.problems());
        resources = r.value().orElse(null);
        resourcesName = in.name();
        failed |= !r.isValid();
      } else {
        ScoreCommand.printProblems(err, words, in.name(), List.of(Problem.of(
            ProblemCode.JSON_WRONG_KIND, Location.pointer("/kind"), kind.orElse(null),
            kind.orElse(""), "needs-menu")));
        failed = true;
      }
    }
    if (failed || needs == null || resources == null) {
      err.println(words.get("match.refused"));
      return StandardsCommand.INVALID_INPUT;
    }
    if (!needs.unit().equals(resources.unit()) || needs.year() != resources.year()) {
      ScoreCommand.printProblems(err, words, resourcesName, List.of(Problem.of(
          ProblemCode.MENUS_DO_NOT_BELONG_TOGETHER, Location.pointer("/unitId"),
          resources.unit().value(), needs.unit().value(), String.valueOf(needs.year()),
          resources.unit().value(), String.valueOf(resources.year()))));
      err.println(words.get("match.refused"));
      return StandardsCommand.INVALID_INPUT;
    }
    MatchResult m = MenuMatcher.match(needs, resources);
    ReportOptions options = ReportOptions.of(words.locale());
    byte[] body = switch (format) {
      case json -> (PlansJson.create(json).writeMatch(m) + "\n").getBytes(StandardCharsets.UTF_8);
      case csv -> MenuReports.csv(m, options);
      case html -> MenuReports.html(m, options).getBytes(StandardCharsets.UTF_8);
      case xlsx -> MenuReports.xlsx(m, options);
      case text -> render(m, words, needsName, resourcesName).getBytes(StandardCharsets.UTF_8);
    };
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      out.print(new String(body, StandardCharsets.UTF_8));
      out.flush();
      return StandardsCommand.OK;
    }
    Path written = new OutputFiles(words, err).write(output, body);
    out.println(summary(m, words));
    out.println(words.get("written", 1, written));
    return StandardsCommand.OK;
  }

  /** The text report of a matching. */
  static String render(MatchResult m, Words words, String needsName, String resourcesName) {
    StringBuilder sb = new StringBuilder();
    sb.append(words.get("match.header", m.unit().value(), m.year(), needsName, resourcesName))
        .append('\n');
    TextTable needs = new TextTable(List.of(words.get("col.needId"), words.get("col.category"),
        words.get("col.beneficiary"), words.get("col.needed"), words.get("col.covered"),
        words.get("col.assigned"), words.get("col.why")),
        false, false, false, true, true, false, false);
    for (NeedCoverage c : m.needs()) {
      Need n = c.need();
      String assigned = m.allocations().stream().filter(a -> a.need().equals(n.id()))
          .map(a -> a.resource().value() + " " + a.amount())
          .collect(Collectors.joining(words.get("match.separator")));
      needs.add(List.of(n.id().value(), words.text(Labels.of(n.category())),
          words.text(Labels.of(n.beneficiary())), amount(n.count(), n, words),
          String.valueOf(c.covered()), assigned.isEmpty() ? "—" : assigned,
          c.shortfall().map(s -> words.get("match.shortfall." + s.name(), c.uncovered()))
              .orElse("")));
    }
    sb.append(needs.render());
    sb.append(words.get("match.resources")).append('\n');
    TextTable resources = new TextTable(List.of(words.get("col.resourceId"),
        words.get("col.elder"), words.get("col.category"), words.get("col.capacity"),
        words.get("col.used"), words.get("col.remaining")),
        false, false, false, true, true, true);
    for (ResourceUse u : m.resources()) {
      Resource r = u.resource();
      resources.add(List.of(r.id().value(), r.elder().value(),
          r.categories().stream().map(c -> words.text(Labels.of(c)))
              .collect(Collectors.joining(words.get("match.separator"))),
          words.get("match.amount", r.capacity(), words.text(Labels.of(r.unit()))),
          String.valueOf(u.used()), String.valueOf(u.remaining())));
    }
    sb.append(resources.render());
    sb.append(words.get("match.byCategory")).append('\n');
    TextTable cats = new TextTable(List.of(words.get("col.category"), words.get("col.needed"),
        words.get("col.covered"), words.get("col.share")), false, true, true, true);
    for (CategoryCoverage c : m.byCategory()) {
      cats.add(List.of(words.text(Labels.of(c.category())), String.valueOf(c.needed()),
          String.valueOf(c.covered()), Figures.percent(c.percent())));
    }
    sb.append(cats.render());
    sb.append(summary(m, words)).append('\n');
    sb.append(words.get("match.fact", MatchResult.COVERAGE_FACT, m.coverageFact().value(),
        Figures.percent(m.coveragePercent()))).append('\n');
    return sb.toString();
  }

  private static String amount(int count, Need n, Words words) {
    return words.get("match.amount", count, words.text(Labels.of(n.unit())));
  }

  /** The summary line: needs covered of all, units covered of all, resources used of all. */
  static String summary(MatchResult m, Words words) {
    int spare = m.resources().stream().mapToInt(ResourceUse::remaining).sum();
    return words.get("match.summary", m.needs().size(), m.wholeNeedCount(), m.totalNeeded(),
        m.totalCovered(), Figures.percent(m.coveragePercent()), m.resources().size(),
        m.usedResourceCount(), spare);
  }
}
