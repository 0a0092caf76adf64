package io.github.ggw.standards.report;

import com.google.common.io.Resources;
import io.github.ggw.standards.model.StandardsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A self-contained HTML page built with jsoup's element API: every text goes in through {@link
 * Element#text(String)} or an attribute, both escaped by jsoup, so a title holding {@code <script>}
 * shows as text. The only raw content is the bundled style sheet.
 */
final class Page {
  private static final String CSS = loadCss();

  private final Document doc;
  private final ReportWords words;

  private Page(Document doc, ReportWords words) {
    this.doc = doc;
    this.words = words;
  }

  /** A page with a title, the language attribute, UTF-8 and the bundled style sheet. */
  static Page create(ReportWords words, String title) {
    Document doc = Document.createShell("");
    doc.prependChild(new DocumentType("html", "", ""));
    doc.charset(StandardCharsets.UTF_8);
    doc.outputSettings().escapeMode(Entities.EscapeMode.base).prettyPrint(true).indentAmount(1);
    doc.selectFirst("html").attr("lang", words.languageTag());
    doc.head().appendElement("meta").attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    doc.head().appendElement("meta").attr("name", "generator").attr("content", "standards-report");
    doc.title(title);
    doc.head().appendElement("style").appendChild(new DataNode(CSS));
    return new Page(doc, words);
  }

  Element body() {
    return doc.body();
  }

  ReportWords words() {
    return words;
  }

  /** A section with a heading. */
  static Element section(Element parent, String heading, String cssClass) {
    Element s = parent.appendElement("section").addClass(cssClass);
    s.appendElement("h2").text(heading);
    return s;
  }

  /** A table of facts (one row per label and value); returns the table body. */
  static Element facts(Element parent) {
    return parent.appendElement("table").addClass("facts").appendElement("tbody");
  }

  /** A row of a facts table; returns the value cell. */
  static Element fact(Element facts, String label, String value, String cssClass) {
    Element tr = facts.appendElement("tr").addClass(cssClass);
    tr.appendElement("th").attr("scope", "row").text(label);
    return tr.appendElement("td").text(value);
  }

  /**
   * A table with a head row; returns its body. Headings whose index is in {@code numeric} are
   * right-aligned, like their cells.
   */
  static Element table(Element parent, String cssClass, List<String> headings,
      List<Integer> numeric) {
    Element table = parent.appendElement("table").addClass(cssClass);
    Element head = table.appendElement("thead").appendElement("tr");
    for (int i = 0; i < headings.size(); i++) {
      Element th = head.appendElement("th").attr("scope", "col").text(headings.get(i));
      if (numeric.contains(i)) {
        th.addClass("num");
      }
    }
    return table.appendElement("tbody");
  }

  /** A cell holding text. */
  static Element cell(Element row, String text) {
    return row.appendElement("td").text(text);
  }

  /** A right-aligned cell holding a figure. */
  static Element number(Element row, String figure) {
    return row.appendElement("td").addClass("num").text(figure);
  }

  /** A bulleted list of texts in a cell, or an empty cell. */
  static Element list(Element row, String cssClass, List<String> texts) {
    Element td = row.appendElement("td").addClass(cssClass);
    if (!texts.isEmpty()) {
      Element ul = td.appendElement("ul").addClass(cssClass);
      texts.forEach(t -> ul.appendElement("li").text(t));
    }
    return td;
  }

  /** A chart as an embedded PNG with its caption. */
  static Element figure(Element parent, ChartImage chart, String caption, String cssClass) {
    Element f = parent.appendElement("figure").addClass(cssClass);
    f.appendElement("img").addClass("chart").attr("src", chart.dataUri())
        .attr("width", String.valueOf(chart.width()))
        .attr("height", String.valueOf(chart.height()))
        .attr("alt", chart.alt());
    Element legend = f.appendElement("ul").addClass("legend");
    for (ChartImage.LegendItem item : chart.legend()) {
      Element li = legend.appendElement("li");
      if (item.colour() != null) {
        li.appendElement("span").addClass("swatch").attr("style",
            "background-color: " + item.colour());
      }
      li.appendText(item.text());
    }
    f.appendElement("figcaption").text(caption);
    return f;
  }

  /** The footer line. */
  void footer() {
    doc.body().appendElement("footer").text(words.get("footer"));
  }

  /** The page as HTML text (UTF-8 when written as bytes). */
  String html() {
    return doc.outerHtml();
  }

  private static String loadCss() {
    try {
      return Resources.toString(Resources.getResource(Page.class, "report.css"),
          StandardCharsets.UTF_8);
    } catch (IOException | IllegalArgumentException e) {
      throw new StandardsException("the bundled report.css is missing", "report.css", e);
    }
  }
}
