package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.menu.MenusJson;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.stats.BandCount;
import io.github.ggw.standards.rules.stats.DimensionSpread;
import io.github.ggw.standards.rules.stats.DistrictStatistics;
import io.github.ggw.standards.rules.stats.DistrictSummary;
import io.github.ggw.standards.rules.stats.LostIndicator;
import io.github.ggw.standards.rules.stats.Spread;
import io.github.ggw.standards.rules.stats.TypeBreakdown;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code standards district-summary [PATH...]}: district statistics (全区统计) of a batch of score
 * reports or self-assessments: units by band and by unit type, mean, median and spread of the
 * totals and of each dimension, and the indicators most often lost; with {@code --menus DIR},
 * also the share of each unit's needs its menus cover ({@link MenuCoverage}).
 */
@Command(name = "district-summary", mixinStandardHelpOptions = true)
final class DistrictSummaryCommand extends BatchCommand {
  private static final int LOST_SHOWN = 10;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  Format format;

  @Option(names = "--menus", paramLabel = "DIR")
  Path menus;

  @Override
  Format format() {
    return format;
  }

  @Override
  int run(BatchInput input, Standard standard) throws IOException {
    if (input.reports.isEmpty()) {
      human.println(words.get("summary.none"));
      return StandardsCommand.INVALID_INPUT;
    }
    if (format.filesOnly()) {
      // one file per unit and one batch file, as score --format html|xlsx|csv writes them
      List<io.github.ggw.standards.json.batch.SourcedResult> results = input.reports.stream()
          .map(r -> new io.github.ggw.standards.json.batch.SourcedResult(r.unit().id().value(), r,
              List.of())).toList();
      ReportFiles.write(format, output, standard, words, results, written);
      human.println(words.get("written", written.count(), output));
      return StandardsCommand.OK;
    }
    DistrictSummary s = DistrictStatistics.summarise(input.reports);
    String text = render(s);
    String jsonText = PlansJson.create(json).writeSummary(s);
    int code = StandardsCommand.OK;
    if (menus != null) {
      InputResolver resolver = new InputResolver(words, MenuCoverage.kinds(), true,
          json.getLimits().maxDocumentBytes(), Environment.of(spec));
      MenuCoverage.Read read = MenuCoverage.read(menus, resolver, MenusJson.create(json), words,
          problems);
      text = text + MenuCoverage.render(read.matchings(), words);
      jsonText = PlansJson.create(json).writeSummary(s, read.matchings());
      code = read.refused() > 0 ? StandardsCommand.INVALID_INPUT : code;
    }
    emit("district-summary", text, jsonText);
    return code;
  }

  private String render(DistrictSummary s) {
    StringBuilder sb = new StringBuilder();
    sb.append(words.get("summary.header", s.units())).append('\n');
    List<String> bandHeaders = new ArrayList<>(List.of(words.get("col.type"),
        words.get("col.units"), words.get("col.share")));
    s.bands().forEach(b -> bandHeaders.add(words.text(Labels.of(b.rating()))));
    TextTable bands = new TextTable(bandHeaders, false, true, true, true, true, true, true);
    bands.add(row(words.get("summary.all"), s.units(), null, s.bands()));
    for (TypeBreakdown t : s.unitTypes()) {
      bands.add(row(words.text(Labels.of(t.type())), t.units(), t, t.bands()));
    }
    sb.append(bands.render());
    sb.append(words.get("summary.totals", spread(s.totals()))).append('\n');
    TextTable dims = new TextTable(List.of(words.get("col.code"), words.get("col.title"),
        words.get("col.max"), words.get("col.mean"), words.get("col.median"),
        words.get("col.min"), words.get("col.maxFound"), words.get("col.sd")),
        false, false, true, true, true, true, true, true);
    for (DimensionSpread d : s.dimensions()) {
      Spread x = d.spread();
      dims.add(List.of(d.code().toString(), words.text(d.title()), d.maxPoints().toString(),
          Figures.show(x.mean(), 2), Figures.show(x.median(), 2), Figures.show(x.min(), 2),
          Figures.show(x.max(), 2), Figures.show(x.standardDeviation(), 2)));
    }
    sb.append(dims.render());
    sb.append(words.get("summary.lost", Math.min(LOST_SHOWN, s.mostLost().size()))).append('\n');
    TextTable lost = new TextTable(List.of(words.get("col.code"), words.get("col.title"),
        words.get("col.units"), words.get("col.pointsLost")), false, false, true, true);
    for (LostIndicator l : s.mostLost().subList(0, Math.min(LOST_SHOWN, s.mostLost().size()))) {
      lost.add(List.of(l.code().toString(), words.text(l.title()), String.valueOf(l.units()),
          l.pointsLost().toString()));
    }
    sb.append(lost.render());
    return sb.toString();
  }

  private List<String> row(String label, int units, TypeBreakdown type, List<BandCount> bands) {
    List<String> row = new ArrayList<>(List.of(label, String.valueOf(units),
        type == null ? "100%" : Figures.percent(type.percent())));
    bands.forEach(b -> row.add(b.units() + " (" + Figures.percent(b.percent()) + ")"));
    return row;
  }

  private String spread(Spread x) {
    return words.get("spread", Figures.show(x.mean(), 2), Figures.show(x.median(), 2),
        Figures.show(x.min(), 2), Figures.show(x.max(), 2), Figures.show(x.standardDeviation(), 2));
  }
}
