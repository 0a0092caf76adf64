package io.github.ggw.standards.report;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.problem.LocationFormat;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.rules.scoring.ClaimComparison;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.Gap;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.measure.MeasureType;
import io.github.ggw.standards.rules.measure.MeasureValue;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.VetoFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** The HTML page of one unit's score report. */
final class UnitPage {
  /** Bars shown in the gaps chart. */
  static final int GAPS_CHARTED = 10;

  private static final List<Integer> NUMERIC = List.of(2, 3, 5);

  private UnitPage() {}

  static String render(ScoreReport r, ReportOptions options) {
    ReportWords w = new ReportWords(options.locale());
    Page page = Page.create(w, w.get("unit.title", r.unit().name(), r.year()));
    Element body = page.body();
    header(body, r, options, w);
    charts(body, r, w);
    items(body, r, w);
    if (!r.warnings().isEmpty()) {
      Element s = Page.section(body, w.get("warnings"), "warnings");
      Element ul = s.appendElement("ul");
      for (Problem p : r.warnings()) {
        // the place in the page's language; in zh the code comes last, in parentheses
        ul.appendElement("li").text(w.get("warning", p.getCode().name(),
            LocationFormat.of(w.locale()).format(p.getLocation()),
            LocationFormat.of(w.locale()).messageAfterPlace(p)));
      }
    }
    page.footer();
    return page.html();
  }

  private static void header(Element body, ScoreReport r, ReportOptions o, ReportWords w) {
    Element header = body.appendElement("header");
    header.appendElement("h1").addClass("unit-name").text(r.unit().name());
    header.appendElement("p").addClass("subtitle").text(w.get("unit.heading"));
    Element facts = Page.facts(header);
    Page.fact(facts, w.get("field.unitCode"), r.unit().id().toString(), "unit-code");
    Page.fact(facts, w.get("field.unitType"), w.label(r.unit().type()), "unit-type");
    Page.fact(facts, w.get("field.district"), r.unit().district().toString(), "district");
    String standard = o.standardTitle().map(t -> w.text(t) + " · ").orElse("")
        + r.standardId() + " " + r.standardVersion();
    Page.fact(facts, w.get("field.standard"), standard, "standard");
    Page.fact(facts, w.get("field.year"), String.valueOf(r.year()), "year");
    Element total = Page.fact(facts, w.get("field.total"), "", "total");
    total.appendElement("span").addClass("total").attr("id", "total")
        .text(ReportWords.total(r.roundedTotal(), o.totalDecimals()));
    total.appendText(" " + w.get("total.value", ReportWords.number(r.maximumTotal()),
        ReportWords.number(r.total())));
    Page.fact(facts, w.get("field.bonus"), ReportWords.number(r.bonus()), "bonus");
    Page.fact(facts, w.get("field.rating"), w.label(r.rating()), "rating").attr("id", "rating");
    boolean eligible = r.eligibility().eligible();
    Page.fact(facts, w.get("field.eligible"), eligible ? w.yesNo(true)
            : w.get("eligible.no", r.eligibility().reasons().stream().map(w::text)
                .collect(Collectors.joining("; "))), "eligibility")
        .attr("id", "eligibility").addClass(eligible ? "eligible-yes" : "eligible-no");
    Page.fact(facts, w.get("field.claimedSum"), ReportWords.number(r.claimedSum()), "claimed-sum");
    Page.fact(facts, w.get("field.naMode"), w.label(r.notApplicableMode()), "na-mode");
    for (VetoFinding v : r.vetoes()) {
      // the reason names the condition and the measure value that triggered it
      header.appendElement("p").addClass("veto").text(w.text(v.reason()));
    }
  }

  private static void charts(Element body, ScoreReport r, ReportWords w) {
    Element s = Page.section(body, w.get("charts"), "charts-section");
    Element charts = s.appendElement("div").addClass("charts");
    List<Charts.Entry> rates = new ArrayList<>();
    for (DimensionResult d : r.dimensions()) {
      String pct = ReportWords.percent(d.rate());
      rates.add(new Charts.Entry(d.code().toString(), d.code() + " "
          + Charts.shorten(w.text(d.title())) + " " + pct,
          ReportWords.percentValue(d.rate()).doubleValue(),
          d.code() + " " + w.text(d.title()) + " " + pct));
    }
    String radarAlt = w.get("chart.radar.alt", r.dimensions().stream()
        .map(d -> d.code() + " " + w.text(d.title()) + " " + ReportWords.percent(d.rate()))
        .collect(Collectors.joining("; ")));
    Page.figure(charts, Charts.radar(rates, w.get("chart.radar"), w.get("chart.radar.series"),
        w.get("col.max"), radarAlt), w.get("chart.radar"), "radar");
    List<Gap> gaps = r.gaps().subList(0, Math.min(GAPS_CHARTED, r.gaps().size()));
    if (gaps.isEmpty()) {
      charts.appendElement("p").addClass("no-gaps").text(w.get("gaps.none"));
      return;
    }
    List<Charts.Entry> bars = gaps.stream().map(g -> new Charts.Entry(g.code().toString(),
        g.code() + " " + w.text(g.title()), g.lost().toBigDecimal().doubleValue(),
        g.code() + " " + w.text(g.title()) + " −" + ReportWords.number(g.lost()))).toList();
    String alt = w.get("chart.gaps.alt", gaps.stream()
        .map(g -> g.code() + " " + w.text(g.title()) + " −" + ReportWords.number(g.lost()))
        .collect(Collectors.joining("; ")));
    Page.figure(charts, Charts.bars(bars, w.get("chart.gaps"), w.get("chart.gaps.axis"), alt),
        w.get("chart.gaps"), "gaps");
  }

  /** One section per dimension (a page each when printed), then the bonus and veto items. */
  private static void items(Element body, ScoreReport r, ReportWords w) {
    Map<CriterionCode, DimensionResult> dimensions = r.dimensions().stream()
        .collect(Collectors.toMap(DimensionResult::code, Function.identity()));
    Element extra = null;
    Element rows = null;
    for (ItemResult i : r.items()) {
      if (i.depth() == 0) {
        DimensionResult d = dimensions.get(i.code());
        if (d != null) {
          String heading = w.get("section.dimension", d.code(), w.text(d.title()),
              ReportWords.number(d.score()), ReportWords.number(d.maxPoints()));
          if (d.weight().isPresent()) {
            heading = w.get("section.dimension.weighted", heading,
                ReportWords.number(d.weight().get()));
          }
          Element s = Page.section(body, heading, "dimension");
          s.attr("data-code", d.code().toString());
          rows = itemTable(s, w);
        } else {
          if (extra == null) {
            Element s = Page.section(body, w.get("section.extra"), "extra");
            extra = itemTable(s, w);
          }
          rows = extra;
        }
      }
      row(rows, i, w);
    }
  }

  private static Element itemTable(Element section, ReportWords w) {
    return Page.table(section, "items", List.of(w.get("col.code"), w.get("col.title"),
        w.get("col.max"), w.get("col.awarded"), w.get("col.source"), w.get("col.claimed"),
        w.get("col.measures"), w.get("col.reason")), NUMERIC);
  }

  private static void row(Element rows, ItemResult i, ReportWords w) {
    Element tr = rows.appendElement("tr").addClass("item").addClass("depth-" + i.depth())
        .addClass("kind-" + i.kind().name().toLowerCase(java.util.Locale.ROOT))
        .attr("data-code", i.code().toString());
    Page.cell(tr, i.code().toString()).addClass("code");
    Element title = Page.cell(tr, w.text(i.title())).addClass("title");
    i.rule().ifPresent(rule -> title.appendElement("div").addClass("rule").text(w.text(rule)));
    Page.number(tr, ReportWords.number(i.maxPoints())).addClass("max");
    Page.number(tr, ReportWords.number(i.awarded())).addClass("awarded");
    Page.cell(tr, w.get("source." + i.source())).addClass("source");
    Element claimed = Page.number(tr, i.claimed().map(Points::toString).orElse(""))
        .addClass("claimed");
    if (i.claimComparison() == ClaimComparison.OVER_CLAIM
        || i.claimComparison() == ClaimComparison.UNDER_CLAIM) {
      claimed.appendElement("div").addClass("flag").text(w.get("claim." + i.claimComparison()));
    }
    Page.list(tr, "measures", measures(i.measures(), w));
    Page.list(tr, "reasons", i.lost().stream()
        .map(l -> "−" + ReportWords.number(l.points()) + " " + w.text(l.reason())).toList());
  }

  private static List<String> measures(List<MeasureValue> values, ReportWords w) {
    return values.stream().map(m -> w.text(m.label()) + " = " + (m.type() == MeasureType.FLAG
        ? w.yesNo(m.value().signum() != 0)
        : ReportWords.number(m.value()) + " " + w.text(m.unit()))).toList();
  }
}
