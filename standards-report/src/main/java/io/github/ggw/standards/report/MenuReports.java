package io.github.ggw.standards.report;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.rules.menu.CategoryCoverage;
import io.github.ggw.standards.rules.menu.MatchResult;
import io.github.ggw.standards.rules.menu.NeedCoverage;
import io.github.ggw.standards.rules.menu.ResourceUse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;

/**
 * The reports of a menu matching (菜单对接结果) in zh-CN or en: an HTML page with a chart of the
 * coverage per service category, a CSV table of the allocation and an XLSX workbook. The three
 * say the same: needs (category, beneficiary, units needed and covered, the resources assigned
 * with their amounts, and why the rest is not covered), resources (capacity, use, spare), the
 * coverage per category, and the summary figures (needs covered in full, units of need covered
 * with their share to one decimal, resources used, capacity to spare). Texts are escaped (HTML) or
 * kept from being read as formulas (CSV and XLSX: a leading quote before {@code = + - @}). Stateless
 * and thread-safe; charts need a headless JVM on a machine without a display.
 */
public final class MenuReports {
  private MenuReports() {}

  /**
   * The HTML page of a matching: header facts (the summary figure {@code #coverage}), a bar chart
   * of the share of need covered per category with its legend and alt text in the page's
   * language, then the categories, needs ({@code tr.need} with {@code data-need}) and resources
   * ({@code tr.resource} with {@code data-resource}) as tables.
   *
   * @param match the matching, not null
   * @param options the language (the other options are not used), not null
   * @return an HTML5 document, to be written as UTF-8
   */
  public static String html(MatchResult match, ReportOptions options) {
    Objects.requireNonNull(match, "match");
    ReportWords w = new ReportWords(Objects.requireNonNull(options, "options").locale());
    String title = w.get("menu.title", match.unit().value(), String.valueOf(match.year()));
    Page page = Page.create(w, title);
    Element body = page.body();
    Element header = body.appendElement("header");
    header.appendElement("h1").text(w.get("menu.heading"));
    header.appendElement("p").addClass("subtitle").text(title);
    Element facts = Page.facts(header);
    for (List<String> f : summary(match, w)) {
      Page.fact(facts, f.get(0), f.get(1), f.get(2));
    }
    Element cats = Page.section(body, w.get("menu.categories"), "categories");
    List<Charts.Entry> entries = new ArrayList<>();
    for (CategoryCoverage c : match.byCategory()) {
      // without a font for the labels, the image names the categories by position
      entries.add(new Charts.Entry(String.valueOf(entries.size() + 1), w.label(c.category()),
          c.percent().doubleValue(),
          w.get("menu.chart.note", w.label(c.category()), percent(c.percent()))));
    }
    String alt = w.get("menu.chart.alt", entries.stream().map(Charts.Entry::note)
        .collect(Collectors.joining("; ")));
    Page.figure(cats, Charts.bars(entries, w.get("menu.chart"), w.get("menu.chart.axis"), alt),
        w.get("menu.chart"), "categories-chart");
    Element catRows = Page.table(cats, "categories", categoryHeadings(w), List.of(1, 2, 3));
    for (List<String> r : categoryRows(match, w)) {
      Element tr = catRows.appendElement("tr").addClass("category");
      Page.cell(tr, r.get(0));
      r.subList(1, r.size()).forEach(x -> Page.number(tr, x));
    }
    Element needs = Page.section(body, w.get("menu.needs"), "needs");
    Element needRows = Page.table(needs, "needs", needHeadings(w), List.of(4, 5));
    List<List<String>> nrows = needRows(match, w);
    for (int i = 0; i < nrows.size(); i++) {
      Element tr = needRows.appendElement("tr").addClass("need")
          .attr("data-need", match.needs().get(i).need().id().value());
      List<String> r = nrows.get(i);
      for (int k = 0; k < r.size(); k++) {
        if (k == 4 || k == 5) {
          Page.number(tr, r.get(k));
        } else {
          Page.cell(tr, r.get(k));
        }
      }
    }
    Element res = Page.section(body, w.get("menu.resources"), "resources");
    Element resRows = Page.table(res, "resources", resourceHeadings(w), List.of(4, 5, 6));
    List<List<String>> rrows = resourceRows(match, w);
    for (int i = 0; i < rrows.size(); i++) {
      Element tr = resRows.appendElement("tr").addClass("resource")
          .attr("data-resource", match.resources().get(i).resource().id().value());
      List<String> r = rrows.get(i);
      for (int k = 0; k < r.size(); k++) {
        if (k >= 4) {
          Page.number(tr, r.get(k));
        } else {
          Page.cell(tr, r.get(k));
        }
      }
    }
    body.appendElement("footer").text(w.get("menu.footer"));
    return page.html();
  }

  /**
   * The allocation as one CSV table (RFC 4180, UTF-8 with a byte-order mark, CRLF): one row per
   * allocation (need, category, beneficiary, unit, needed, covered, resource, amount, why not
   * covered); a need with nothing assigned has one row with the resource and amount empty.
   *
   * @param match the matching, not null
   * @param options the language, not null
   * @return the bytes
   */
  public static byte[] csv(MatchResult match, ReportOptions options) {
    Objects.requireNonNull(match, "match");
    ReportWords w = new ReportWords(Objects.requireNonNull(options, "options").locale());
    StringBuilder out = new StringBuilder().append('\uFEFF');
    SheetWriters.writeRecord(out, List.of(w.get("menu.col.need"), w.get("menu.col.category"),
        w.get("menu.col.beneficiary"), w.get("menu.col.unit"), w.get("menu.col.needed"),
        w.get("menu.col.covered"), w.get("menu.col.resource"), w.get("menu.col.amount"),
        w.get("menu.col.why")));
    for (NeedCoverage c : match.needs()) {
      Need n = c.need();
      List<String> head = List.of(n.id().value(), w.label(n.category()),
          w.label(n.beneficiary()), w.label(n.unit()), String.valueOf(n.count()),
          String.valueOf(c.covered()));
      String why = c.shortfall().map(s -> w.get("menu.shortfall." + s.name())).orElse("");
      List<List<String>> rows = match.allocations().stream()
          .filter(a -> a.need().equals(n.id()))
          .map(a -> List.of(a.resource().value(), String.valueOf(a.amount()))).toList();
      if (rows.isEmpty()) {
        rows = List.of(List.of("", ""));
      }
      for (List<String> r : rows) {
        List<String> fields = new ArrayList<>(head);
        fields.addAll(r);
        fields.add(why);
        SheetWriters.writeRecord(out, fields.stream().map(SheetWriters::safeText).toList());
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The matching as an XLSX workbook: a summary sheet (the figures of the HTML page's header),
   * then the needs, the resources and the categories, each a sheet with a bold heading row;
   * counts as numbers.
   *
   * @param match the matching, not null
   * @param options the language, not null
   * @return the workbook's bytes
   * @throws StandardsException if the workbook cannot be written (not expected in memory)
   */
  public static byte[] xlsx(MatchResult match, ReportOptions options) {
    Objects.requireNonNull(match, "match");
    ReportWords w = new ReportWords(Objects.requireNonNull(options, "options").locale());
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle bold = book.createCellStyle();
      Font f = book.createFont();
      f.setBold(true);
      bold.setFont(f);
      Sheet s = book.createSheet(w.get("menu.sheet.summary"));
      int r = 0;
      for (List<String> fact : summary(match, w)) {
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue(fact.get(0));
        row.getCell(0).setCellStyle(bold);
        row.createCell(1).setCellValue(SheetWriters.safeText(fact.get(1)));
      }
      s.setColumnWidth(0, 24 * 256);
      s.setColumnWidth(1, 32 * 256);
      table(book.createSheet(w.get("menu.needs")), bold, needHeadings(w), needRows(match, w),
          List.of(4, 5));
      table(book.createSheet(w.get("menu.resources")), bold, resourceHeadings(w),
          resourceRows(match, w), List.of(4, 5, 6));
      table(book.createSheet(w.get("menu.categories")), bold, categoryHeadings(w),
          categoryRows(match, w), List.of(1, 2));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new StandardsException("could not write the workbook", "xlsx", e);
    }
  }

  private static void table(Sheet s, CellStyle bold, List<String> headings,
      List<List<String>> rows, List<Integer> whole) {
    Row h = s.createRow(0);
    for (int i = 0; i < headings.size(); i++) {
      h.createCell(i).setCellValue(headings.get(i));
      h.getCell(i).setCellStyle(bold);
      s.setColumnWidth(i, 18 * 256);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = s.createRow(r + 1);
      List<String> cells = rows.get(r);
      for (int i = 0; i < cells.size(); i++) {
        if (whole.contains(i)) {
          row.createCell(i).setCellValue(Integer.parseInt(cells.get(i)));
        } else {
          row.createCell(i).setCellValue(SheetWriters.safeText(cells.get(i)));
        }
      }
    }
  }

  /** The summary figures: label, value and CSS class. */
  private static List<List<String>> summary(MatchResult m, ReportWords w) {
    int spare = m.resources().stream().mapToInt(ResourceUse::remaining).sum();
    return List.of(
        List.of(w.get("menu.unit"), m.unit().value(), "unit"),
        List.of(w.get("menu.year"), String.valueOf(m.year()), "year"),
        List.of(w.get("menu.needsCovered"), w.get("menu.ofTotal",
            String.valueOf(m.wholeNeedCount()), String.valueOf(m.needs().size())), "needs"),
        List.of(w.get("menu.unitsCovered"), w.get("menu.share",
            String.valueOf(m.totalCovered()), String.valueOf(m.totalNeeded()),
            percent(m.coveragePercent())), "coverage"),
        List.of(w.get("menu.resourcesUsed"), w.get("menu.ofTotal",
            String.valueOf(m.usedResourceCount()), String.valueOf(m.resources().size())),
            "resources"),
        List.of(w.get("menu.spare"), String.valueOf(spare), "spare"));
  }

  private static List<String> needHeadings(ReportWords w) {
    return List.of(w.get("menu.col.need"), w.get("menu.col.category"),
        w.get("menu.col.beneficiary"), w.get("menu.col.unit"), w.get("menu.col.needed"),
        w.get("menu.col.covered"), w.get("menu.col.assigned"), w.get("menu.col.why"));
  }

  private static List<List<String>> needRows(MatchResult m, ReportWords w) {
    List<List<String>> rows = new ArrayList<>();
    for (NeedCoverage c : m.needs()) {
      Need n = c.need();
      String assigned = m.allocations().stream().filter(a -> a.need().equals(n.id()))
          .map(a -> a.resource().value() + " " + a.amount())
          .collect(Collectors.joining(w.get("menu.separator")));
      rows.add(List.of(n.id().value(), w.label(n.category()), w.label(n.beneficiary()),
          w.label(n.unit()), String.valueOf(n.count()), String.valueOf(c.covered()), assigned,
          c.shortfall().map(s -> w.get("menu.shortfall." + s.name())).orElse("")));
    }
    return rows;
  }

  private static List<String> resourceHeadings(ReportWords w) {
    return List.of(w.get("menu.col.resource"), w.get("menu.col.elder"),
        w.get("menu.col.category"), w.get("menu.col.unit"), w.get("menu.col.capacity"),
        w.get("menu.col.used"), w.get("menu.col.remaining"));
  }

  private static List<List<String>> resourceRows(MatchResult m, ReportWords w) {
    List<List<String>> rows = new ArrayList<>();
    for (ResourceUse u : m.resources()) {
      Resource r = u.resource();
      rows.add(List.of(r.id().value(), r.elder().value(), r.categories().stream()
              .map(w::label).collect(Collectors.joining(w.get("menu.separator"))),
          w.label(r.unit()), String.valueOf(r.capacity()), String.valueOf(u.used()),
          String.valueOf(u.remaining())));
    }
    return rows;
  }

  private static List<String> categoryHeadings(ReportWords w) {
    return List.of(w.get("menu.col.category"), w.get("menu.col.needed"),
        w.get("menu.col.covered"), w.get("menu.col.share"));
  }

  private static List<List<String>> categoryRows(MatchResult m, ReportWords w) {
    return m.byCategory().stream().map(c -> List.of(w.label(c.category()),
        String.valueOf(c.needed()), String.valueOf(c.covered()), percent(c.percent()))).toList();
  }

  private static String percent(BigDecimal p) {
    return ReportWords.number(p) + "%";
  }
}
