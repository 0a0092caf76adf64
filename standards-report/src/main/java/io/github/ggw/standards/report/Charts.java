package io.github.ggw.standards.report;

import com.google.common.base.Suppliers;
import io.github.ggw.standards.model.StandardsException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;

/**
 * Charts drawn by JFreeChart 1.5 (LGPL-2.1) into PNG images, every word in the report's language:
 * the title, axis label, legend and category labels (dimension and indicator titles, band labels)
 * drawn in the image, and a text alternative and a legend (swatch, series or category and value)
 * that the page shows beside it.
 *
 * <p>Chinese text needs a font with CJK glyphs: the first installed family of {@link #PREFERRED}
 * (or the logical SansSerif font) that can draw a chart's text is used. When none can, the image
 * draws only what needs no such font (criterion codes, positions, numbers), never an enumeration
 * code, and leaves the words to the page's legend, which names each code or position.
 */
final class Charts {
  /** Families tried in order for chart text; Noto Sans CJK is Debian's fonts-noto-cjk. */
  static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
      "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
      "SimHei", "DejaVu Sans");

  private static final int SCALE = 2;
  private static final Color SCORE = new Color(0x1f, 0x5f, 0xa8);
  private static final Color LOST = new Color(0xc0, 0x4a, 0x2b);
  private static final Color REFERENCE = new Color(0xb8, 0xc4, 0xd0);
  private static final Supplier<Set<String>> INSTALLED = Suppliers.memoize(() -> Set.of(
      GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));

  private Charts() {}

  /**
   * Draws as on a machine without a font for the text (for tests of that path), when set to
   * true in this thread.
   */
  static final ThreadLocal<Boolean> FONTLESS = ThreadLocal.withInitial(() -> false);

  /**
   * One labelled value of a chart: {@code key} (a criterion code or a position, digits and Latin
   * letters only) stands in for {@code label} in the image when no font draws the label;
   * {@code note} is the entry's line in the page's legend, such as {@code 优秀 1}.
   */
  record Entry(String key, String label, double value, String note) {}

  /** A distribution for a box plot, with its legend line. */
  record Distribution(String key, String label, List<Double> values, String note) {}

  /** Display width (CJK characters count two) up to which a label's title is kept whole. */
  static final int LABEL_WIDTH = 24;

  /**
   * A title cut to {@link #LABEL_WIDTH} display columns with an ellipsis, for labels set on one
   * line around a radar chart, which JFreeChart neither wraps nor keeps inside the image.
   */
  static String shorten(String title) {
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (int i = 0; i < title.length(); ) {
      int cp = title.codePointAt(i);
      int w = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
          || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) ? 2 : 1;
      if (width + w > LABEL_WIDTH - 1 && i + Character.charCount(cp) < title.length()) {
        return out.append('…').toString();
      }
      out.appendCodePoint(cp);
      width += w;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** The font family that draws all of a text, or null when none does. */
  static String familyFor(String text) {
    return Stream.concat(PREFERRED.stream().filter(INSTALLED.get()::contains),
            Stream.of(Font.SANS_SERIF))
        .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(text) == -1)
        .findFirst().orElse(null);
  }

  /**
   * A radar (spider web) chart of shares in percent, 0 to 100, with the full-marks outline.
   *
   * @param entries one per axis, values in [0, 100]
   */
  static ChartImage radar(List<Entry> entries, String title, String seriesName,
      String referenceName, String alt) {
    Labelling l = Labelling.of(entries.stream().map(Entry::label),
        title + seriesName + referenceName);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Entry e : entries) {
      String axis = l.label(e.key(), e.label());
      // series keys are only drawn in the image's legend, which is hidden without a font
      data.addValue(100, l.text(referenceName, "0"), axis);
      data.addValue(e.value(), l.text(seriesName, "1"), axis);
    }
    SpiderWebPlot plot = new SpiderWebPlot(data);
    JFreeChart chart = themed(new JFreeChart(l.text(title, null), JFreeChart.DEFAULT_TITLE_FONT,
        plot, l.family() != null), l);
    plot.setMaxValue(100);
    plot.setWebFilled(true);
    plot.setWebFillAlpha(0.35f);
    plot.setSeriesPaint(0, REFERENCE);
    plot.setSeriesPaint(1, SCORE);
    plot.setSeriesOutlineStroke(1, new BasicStroke(2.5f));
    plot.setInteriorGap(0.34);
    List<ChartImage.LegendItem> legend = new java.util.ArrayList<>(List.of(
        new ChartImage.LegendItem(css(REFERENCE), referenceName),
        new ChartImage.LegendItem(css(SCORE), seriesName)));
    legend.addAll(notes(l, entries));
    return png(chart, 720, 480, alt, legend);
  }

  /**
   * Horizontal bars of points, largest first as given, with the value at each bar's end.
   *
   * @param entries the bars, values {@code >= 0}
   */
  static ChartImage bars(List<Entry> entries, String title, String axisLabel, String alt) {
    return barChart(entries, title, axisLabel, PlotOrientation.HORIZONTAL, LOST,
        NumberAxis.createStandardTickUnits(Locale.ROOT), 720,
        90 + 30 * Math.max(1, entries.size()), alt);
  }

  /**
   * Vertical bars of whole counts, in the order given, with the count above each bar.
   *
   * @param entries the bars, counts {@code >= 0}
   */
  static ChartImage columns(List<Entry> entries, String title, String axisLabel, String alt) {
    return barChart(entries, title, axisLabel, PlotOrientation.VERTICAL, SCORE,
        NumberAxis.createIntegerTickUnits(Locale.ROOT), 560, 320, alt);
  }

  private static ChartImage barChart(List<Entry> entries, String title, String axisLabel,
      PlotOrientation orientation, Color colour, TickUnitSource ticks, int width, int height,
      String alt) {
    Labelling l = Labelling.of(entries.stream().map(Entry::label), title + axisLabel);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Entry e : entries) {
      data.addValue(e.value(), "v", l.label(e.key(), e.label()));
    }
    JFreeChart chart = themed(ChartFactory.createBarChart(l.text(title, null), null,
        l.text(axisLabel, null),
        data, orientation, false, false, false), l);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setSeriesPaint(0, colour);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    r.setDefaultItemLabelsVisible(true);
    r.setMaximumBarWidth(orientation == PlotOrientation.HORIZONTAL ? 0.12 : 0.15);
    if (orientation == PlotOrientation.HORIZONTAL) {
      plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    }
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setStandardTickUnits(ticks);
    values.setUpperMargin(0.15);
    List<ChartImage.LegendItem> legend = new java.util.ArrayList<>(List.of(
        new ChartImage.LegendItem(css(colour), axisLabel)));
    legend.addAll(notes(l, entries));
    return png(chart, width, height + TITLE_HEIGHT, alt, legend);
  }

  /**
   * Box plots (median, quartiles, whiskers) of values in percent, 0 to 100, with each value as a
   * dot.
   *
   * @param distributions one per category, each with at least one value
   */
  static ChartImage boxes(List<Distribution> distributions, String title, String axisLabel,
      String alt) {
    Labelling l = Labelling.of(distributions.stream().map(Distribution::label),
        title + axisLabel);
    DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
    DefaultMultiValueCategoryDataset units = new DefaultMultiValueCategoryDataset();
    for (Distribution d : distributions) {
      data.add(d.values(), "v", l.label(d.key(), d.label()));
      units.add(d.values(), "v", l.label(d.key(), d.label()));
    }
    JFreeChart chart = themed(ChartFactory.createBoxAndWhiskerChart(l.text(title, null), null,
        l.text(axisLabel, null), data, false), l);
    CategoryPlot plot = chart.getCategoryPlot();
    BoxAndWhiskerRenderer r = (BoxAndWhiskerRenderer) plot.getRenderer();
    r.setSeriesPaint(0, REFERENCE);
    r.setSeriesOutlinePaint(0, SCORE);
    r.setArtifactPaint(SCORE);
    r.setMaximumBarWidth(0.1);
    r.setMeanVisible(false);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    // every unit as a dot over its box, so that outliers and small batches read plainly
    ScatterRenderer dots = new ScatterRenderer();
    dots.setSeriesPaint(0, SCORE);
    dots.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    plot.setDataset(1, units);
    plot.setRenderer(1, dots);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setRange(0, 105);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    List<ChartImage.LegendItem> legend = new java.util.ArrayList<>(List.of(
        new ChartImage.LegendItem(css(SCORE), axisLabel)));
    legend.addAll(notes(l, distributions.stream()
        .map(d -> new Entry(d.key(), d.label(), 0, d.note())).toList()));
    return png(chart, 720, 360 + TITLE_HEIGHT, alt, legend);
  }

  /** Applies the report's look (fonts that draw the text, white, flat); before any colours. */
  private static JFreeChart themed(JFreeChart chart, Labelling l) {
    StandardChartTheme theme = new StandardChartTheme("standards-report");
    String family = l.family() == null ? Font.SANS_SERIF : l.family();
    theme.setExtraLargeFont(new Font(family, Font.BOLD, 16));
    theme.setLargeFont(new Font(family, Font.BOLD, 13));
    theme.setRegularFont(new Font(family, Font.PLAIN, 12));
    theme.setSmallFont(new Font(family, Font.PLAIN, 11));
    theme.setShadowVisible(false);
    theme.setBarPainter(new StandardBarPainter());
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    theme.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    theme.apply(chart);
    chart.setPadding(new RectangleInsets(6, 6, 6, 12));
    return chart;
  }

  /** Height added to a chart for its title. */
  private static final int TITLE_HEIGHT = 28;

  /**
   * The page legend's lines of the entries: each entry's note, after its key when the image shows
   * the key instead of the label and the note does not already start with it.
   */
  private static List<ChartImage.LegendItem> notes(Labelling l, List<Entry> entries) {
    return entries.stream().map(e -> new ChartImage.LegendItem(null,
        l.family() == null && !e.note().startsWith(e.key() + " ") ? e.key() + " " + e.note()
            : e.note())).toList();
  }

  private static String css(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static ChartImage png(JFreeChart chart, int width, int height, String alt,
      List<ChartImage.LegendItem> legend) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeScaledChartAsPNG(png, chart, width, height, SCALE, SCALE);
    } catch (IOException e) {
      throw new StandardsException("could not write a chart image", alt, e);
    }
    return new ChartImage(png.toByteArray(), width, height, alt, legend);
  }

  /** The font chosen for a chart's text, and labels that fall back to keys without one. */
  record Labelling(String family) {
    static Labelling of(Stream<String> labels, String extra) {
      String all = labels.collect(Collectors.joining()) + extra;
      return new Labelling(FONTLESS.get() ? null : familyFor(all));
    }

    String label(String key, String label) {
      return family == null ? key : label;
    }

    String text(String text, String fallback) {
      return family == null ? fallback : text;
    }
  }
}
