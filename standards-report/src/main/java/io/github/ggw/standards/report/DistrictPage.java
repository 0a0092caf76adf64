package io.github.ggw.standards.report;

import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** The HTML page of a batch of score reports, such as one district's units in one year. */
final class DistrictPage {
  /** Indicators listed under "most lost". */
  static final int MOST_LOST = 10;

  private DistrictPage() {}

  static String render(List<ScoreReport> list, ReportOptions o) {
    ReportWords w = new ReportWords(o.locale());
    BatchStatistics stats = new BatchStatistics(list);
    String years = stats.reports().stream().map(ScoreReport::year).distinct().sorted()
        .map(String::valueOf).collect(Collectors.collectingAndThen(Collectors.joining(", "),
            y -> y.isEmpty() ? "—" : y));
    Page page = Page.create(w, w.get("district.title", stats.reports().size(), years));
    Element body = page.body();
    Element header = body.appendElement("header");
    header.appendElement("h1").text(w.get("district.heading"));
    header.appendElement("p").addClass("subtitle").text(w.get("district.title",
        stats.reports().size(), years) + o.standardTitle().map(t -> " · " + w.text(t)).orElse(""));
    Element facts = Page.facts(header);
    Page.fact(facts, w.get("district.units"), String.valueOf(stats.reports().size()), "units");
    Page.fact(facts, w.get("field.district"), stats.reports().stream()
        .map(r -> r.unit().district().toString()).distinct().collect(Collectors.joining(", ")),
        "districts");
    Page.fact(facts, w.get("district.certified"), String.valueOf(stats.eligible().size()),
        "certified");
    Page.fact(facts, w.get("district.vetoed"), String.valueOf(stats.vetoed()), "vetoed");
    Page.fact(facts, w.get("district.meanTotal"), ReportWords.number(
        stats.meanTotal().setScale(2, RoundingMode.HALF_UP)), "mean-total");
    if (!stats.reports().isEmpty()) {
      bands(body, stats, w);
      dimensions(body, stats, w);
      mostLost(body, stats, w);
    }
    certification(body, stats, o, w);
    page.footer();
    return page.html();
  }

  private static void bands(Element body, BatchStatistics stats, ReportWords w) {
    Element s = Page.section(body, w.get("district.bands"), "bands");
    Map<Rating, Integer> counts = stats.bandCounts();
    List<Charts.Entry> entries = new ArrayList<>();
    // without a font for the labels, the image names the bands by position (1 is the highest)
    counts.forEach((band, n) -> entries.add(new Charts.Entry(String.valueOf(entries.size() + 1),
        w.label(band), n, w.label(band) + " " + n)));
    String alt = w.get("chart.bands.alt", entries.stream()
        .map(Charts.Entry::note).collect(Collectors.joining("; ")));
    Page.figure(s, Charts.columns(entries, w.get("chart.bands"), w.get("chart.bands.axis"), alt),
        w.get("chart.bands"), "bands-chart");
    Element rows = Page.table(s, "bands", List.of(w.get("col.rating"), w.get("col.count")),
        List.of(1));
    counts.forEach((band, n) -> {
      Element tr = rows.appendElement("tr").addClass("band").attr("data-band", band.name());
      Page.cell(tr, w.label(band));
      Page.number(tr, String.valueOf(n));
    });
  }

  private static void dimensions(Element body, BatchStatistics stats, ReportWords w) {
    Element s = Page.section(body, w.get("district.dimensions"), "dimensions");
    List<BatchStatistics.DimensionSpread> spreads = stats.dimensions();
    List<Charts.Distribution> boxes = spreads.stream().map(d -> new Charts.Distribution(
        d.code().toString(), d.code() + " " + w.text(d.title()), d.rates().stream()
            .map(r -> ReportWords.percentValue(r).doubleValue()).toList(),
        w.get("chart.dimensions.note", d.code() + " " + w.text(d.title()),
            ReportWords.percent(d.median())))).toList();
    String alt = w.get("chart.dimensions.alt", spreads.stream().map(d -> d.code() + " "
        + w.text(d.title()) + " " + ReportWords.percent(d.median())).collect(
            Collectors.joining("; ")));
    Page.figure(s, Charts.boxes(boxes, w.get("chart.dimensions"), w.get("chart.dimensions.axis"),
        alt),
        w.get("chart.dimensions"), "dimensions-chart");
    Element rows = Page.table(s, "dimension-spread", List.of(w.get("col.dimension"),
        w.get("col.count"), w.get("col.min"), w.get("col.median"), w.get("col.mean"),
        w.get("col.maxRate")), List.of(1, 2, 3, 4, 5));
    for (BatchStatistics.DimensionSpread d : spreads) {
      Element tr = rows.appendElement("tr").addClass("dimension")
          .attr("data-code", d.code().toString());
      Page.cell(tr, d.code() + " " + w.text(d.title()));
      Page.number(tr, String.valueOf(d.rates().size()));
      for (BigDecimal v : List.of(d.min(), d.median(), d.mean(), d.max())) {
        Page.number(tr, ReportWords.percent(v));
      }
    }
  }

  private static void mostLost(Element body, BatchStatistics stats, ReportWords w) {
    Element s = Page.section(body, w.get("district.lost"), "most-lost");
    List<BatchStatistics.LostIndicator> lost = stats.mostLost(MOST_LOST);
    if (lost.isEmpty()) {
      s.appendElement("p").text(w.get("gaps.none"));
      return;
    }
    List<Charts.Entry> bars = lost.stream().map(l -> new Charts.Entry(l.code().toString(),
        l.code() + " " + w.text(l.title()), l.lost().toBigDecimal().doubleValue(),
        l.code() + " " + w.text(l.title()) + " −" + ReportWords.number(l.lost()))).toList();
    String alt = w.get("chart.lost.alt", lost.stream().map(l -> l.code() + " "
        + w.text(l.title()) + " −" + ReportWords.number(l.lost())).collect(
            Collectors.joining("; ")));
    Page.figure(s, Charts.bars(bars, w.get("chart.lost"), w.get("chart.lost.axis"), alt),
        w.get("chart.lost"),
        "lost-chart");
    Element rows = Page.table(s, "lost", List.of(w.get("col.code"), w.get("col.title"),
        w.get("col.unitsLosing"), w.get("col.totalLost"), w.get("col.meanLost")),
        List.of(2, 3, 4));
    for (BatchStatistics.LostIndicator l : lost) {
      Element tr = rows.appendElement("tr").addClass("lost-indicator")
          .attr("data-code", l.code().toString());
      Page.cell(tr, l.code().toString());
      Page.cell(tr, w.text(l.title()));
      Page.number(tr, String.valueOf(l.units()));
      Page.number(tr, ReportWords.number(l.lost()));
      Page.number(tr, ReportWords.number(l.meanPerUnit().setScale(2, RoundingMode.HALF_UP)));
    }
  }

  private static void certification(Element body, BatchStatistics stats, ReportOptions o,
      ReportWords w) {
    Element s = Page.section(body, w.get("district.certification"), "certification");
    List<ScoreReport> eligible = stats.eligible();
    if (eligible.isEmpty()) {
      s.appendElement("p").text(w.get("district.certification.none"));
    } else {
      Element rows = unitTable(s, "certified", w, false);
      eligible.forEach(r -> unitRow(rows, r, o, w, false));
    }
    Element all = Page.section(body, w.get("district.all"), "all-units");
    Element rows = unitTable(all, "all", w, true);
    stats.reports().forEach(r -> unitRow(rows, r, o, w, true));
  }

  private static Element unitTable(Element parent, String cssClass, ReportWords w,
      boolean withEligibility) {
    List<String> headings = new ArrayList<>(List.of(w.get("col.district"),
        w.get("field.unitCode"), w.get("col.unit"), w.get("col.unitType"), w.get("field.year"),
        w.get("col.total"), w.get("col.rating")));
    if (withEligibility) {
      headings.addAll(List.of(w.get("col.eligible"), w.get("col.reasons")));
    }
    return Page.table(parent, cssClass, headings, List.of(4, 5));
  }

  private static void unitRow(Element rows, ScoreReport r, ReportOptions o, ReportWords w,
      boolean withEligibility) {
    Element tr = rows.appendElement("tr").addClass("unit").attr("data-unit", r.unit().id()
        .toString());
    Page.cell(tr, r.unit().district().toString());
    Page.cell(tr, r.unit().id().toString());
    Page.cell(tr, r.unit().name());
    Page.cell(tr, w.label(r.unit().type()));
    Page.number(tr, String.valueOf(r.year()));
    Page.number(tr, ReportWords.total(r.roundedTotal(), o.totalDecimals())).addClass("total");
    Page.cell(tr, w.label(r.rating()));
    if (withEligibility) {
      Page.cell(tr, w.yesNo(r.eligibility().eligible()))
          .addClass(r.eligibility().eligible() ? "eligible-yes" : "eligible-no");
      Page.cell(tr, r.eligibility().reasons().stream().map(w::text)
          .collect(Collectors.joining("; ")));
    }
  }
}
