/**
 * Reports people would rather look at (评分报告): self-contained HTML pages with charts and score
 * sheets as CSV and XLSX, made from {@link io.github.ggw.standards.rules.scoring.ScoreReport}s.
 *
 * <ul>
 *   <li>{@link io.github.ggw.standards.report.HtmlReports#unitReport} — one unit's page: header
 *       (unit, standard version, year, total, band, eligibility), a radar chart of dimension score
 *       rates, a bar chart of the largest gaps and the full indicator table with the reason for every
 *       lost point and the measure values behind it; A4, one page per dimension when printed.
 *   <li>{@link io.github.ggw.standards.report.HtmlReports#districtReport} — a batch's page: band
 *       distribution, per-dimension distributions, the most lost indicators and the certification
 *       list.
 *   <li>{@link io.github.ggw.standards.report.ScoreSheet} — the score sheet (评分表) as CSV (UTF-8
 *       with byte-order mark, for Excel) or XLSX, with optional later review-stage columns.
 * </ul>
 *
 * <p>Pages are built with jsoup's element API, so every text (titles, names, reasons) is escaped;
 * charts are JFreeChart PNGs embedded as {@code data:} URIs, so a page needs no network. Charts
 * draw into memory images and need no display: on a server run the JVM with {@code
 * -Djava.awt.headless=true}. Apache POI logs through the Log4j API: give the application a Log4j
 * provider (or a bridge such as log4j-to-slf4j) to see its messages. No core module depends on this
 * one. All classes are immutable or stateless and thread-safe.
 */
package io.github.ggw.standards.report;
