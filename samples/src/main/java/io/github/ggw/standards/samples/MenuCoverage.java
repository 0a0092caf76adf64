package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.menu.MenusJson;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.menu.MatchResult;
import io.github.ggw.standards.rules.menu.MenuMatcher;
import io.github.ggw.standards.sheets.MenuWorkbooks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The menus of a district's units, matched per unit and year for the district summary
 * ({@code district-summary --menus DIR}): the share of each unit's needs covered (seed §三.1).
 * A folder holds menu workbooks and needs and resource menus as JSON, any mix; the two JSON menus
 * of one unit and year are paired. A menu without its partner, or a second needs or resource menu
 * of one unit and year, is a problem naming the file; the units that pair are still reported.
 */
final class MenuCoverage {
  private MenuCoverage() {}

  /** The matchings, by unit then year, and how many inputs had problems. */
  record Read(List<MatchResult> matchings, int refused) {}

  static Read read(Path folder, InputResolver resolver, MenusJson json, Words words,
      PrintWriter problems) {
    Map<String, NeedsMenu> needs = new TreeMap<>();
    Map<String, ResourceMenu> resources = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    int refused = 0;
    for (Input listed : resolver.resolve(List.of(folder))) {
      Input in = resolver.load(listed);
      if (in.isRefused()) {
        ScoreCommand.printProblems(problems, words, in.name(), in.problems());
        refused++;
        continue;
      }
      List<Object> menus = new ArrayList<>();
      List<Problem> found;
      if (in.kind() == InputKind.XLSX) {
        Result<MenuWorkbooks.Menus> r = MenuWorkbooks.read(in.bytes());
        found = r.problems();
        r.value().ifPresent(m -> menus.addAll(List.of(m.needs(), m.resources())));
      } else {
        Optional<String> kind = json.kindOf(in.bytes());
        Result<?> r = kind.map("resource-menu"::equals).orElse(false)
            ? json.readResources(in.bytes()) : json.readNeeds(in.bytes());
        found = r.problems();
        r.value().ifPresent(menus::add);
      }
      ScoreCommand.printProblems(problems, words, in.name(), found);
      if (menus.isEmpty()) {
        refused++;
        continue;
      }
      for (Object m : menus) {
        String key = m instanceof NeedsMenu n ? n.unit() + " " + n.year()
            : ((ResourceMenu) m).unit() + " " + ((ResourceMenu) m).year();
        String role = (m instanceof NeedsMenu ? "needs " : "resources ") + key;
        String earlier = sources.putIfAbsent(role, in.name());
        if (earlier != null) {
          problems.println(words.get("menus.twice", in.name(), earlier, key));
          refused++;
        } else if (m instanceof NeedsMenu n) {
          needs.put(key, n);
        } else {
          resources.put(key, (ResourceMenu) m);
        }
      }
    }
    List<MatchResult> out = new ArrayList<>();
    for (Map.Entry<String, NeedsMenu> e : needs.entrySet()) {
      ResourceMenu r = resources.get(e.getKey());
      if (r == null) {
        problems.println(words.get("menus.alone", sources.get("needs " + e.getKey()),
            e.getKey()));
        refused++;
      } else {
        out.add(MenuMatcher.match(e.getValue(), r));
      }
    }
    for (String key : resources.keySet()) {
      if (!needs.containsKey(key)) {
        problems.println(words.get("menus.alone", sources.get("resources " + key), key));
        refused++;
      }
    }
    return new Read(out, refused);
  }

  /** The table of the share of needs covered, one row per unit and year. */
  static String render(List<MatchResult> matchings, Words words) {
    StringBuilder sb = new StringBuilder(words.get("menus.heading", matchings.size()))
        .append('\n');
    TextTable t = new TextTable(List.of(words.get("col.unit"), words.get("col.year"),
        words.get("col.needed"), words.get("col.covered"), words.get("col.share"),
        words.get("menus.col.wholeNeeds"), words.get("menus.col.resourcesUsed")),
        false, true, true, true, true, true, true);
    for (MatchResult m : matchings) {
      t.add(List.of(m.unit().value(), String.valueOf(m.year()), String.valueOf(m.totalNeeded()),
          String.valueOf(m.totalCovered()), Figures.percent(m.coveragePercent()),
          m.wholeNeedCount() + "/" + m.needs().size(),
          m.usedResourceCount() + "/" + m.resources().size()));
    }
    sb.append(t.render());
    return sb.toString();
  }

  static EnumSet<InputKind> kinds() {
    return EnumSet.of(InputKind.JSON, InputKind.XLSX);
  }
}
