package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.workflow.StagePoints;
import io.github.ggw.standards.model.workflow.StageScore;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a case file as text: a header, the points of each stage side by side (自评分 / 审核分 /
 * 认定分) in a table aligned by display width, the totals of each stage, the designation, and
 * the audit trail with times in Asia/Shanghai.
 */
final class CaseText {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(Workflow.ZONE);

  private static final String INDENT = "    ";

  private CaseText() {}

  static String render(CaseFile f, Standard standard, Words w) {
    StringBuilder sb = new StringBuilder();
    sb.append(w.get("case.header", f.getUnit().name(), f.getUnitId(), f.getUnit().district(),
        f.getYear(), Labels.of(f.getStatus()), f.getRevision(), f.getCurrentSubmission().digest()
            .shortForm())).append('\n');
    TextTable t = new TextTable(List.of(w.get("col.code"), w.get("col.title"), w.get("col.max"),
        w.get("col.claim"), w.get("col.self"), w.get("col.district"), w.get("col.city")),
        false, false, true, true, true, true, true);
    for (StagePoints row : f.getPointsByStage()) {
      String title = standard.find(row.code()).map(Criterion::getTitle).map(w::text).orElse("");
      t.add(List.of(row.code().toString(), "  ".repeat(row.depth()) + title,
          row.maxPoints().toString(), text(row.claimed()),
          TextReport.shortNumber(row.self().toBigDecimal()), text(row.district()),
          text(row.city())));
    }
    sb.append(t.render());
    List<String> totals = new ArrayList<>();
    totals.add(total(w, "col.self", f.getSelfScore()));
    f.getDistrictReview().ifPresent(r -> totals.add(total(w, "col.district", r.score())));
    f.getCityApproval().ifPresent(a -> totals.add(total(w, "col.city", a.score())));
    sb.append(String.join(" · ", totals)).append('\n');
    f.getDesignation().ifPresent(d -> sb.append(w.get("case.designation", Labels.of(d.kind()),
        d.documentNumber(), d.conferredOn())).append('\n'));
    for (AuditEvent e : f.getAuditTrail()) {
      sb.append(w.get("case.event", e.sequence(), TIME.format(e.at()), Labels.of(e.transition()),
          e.actor(), Labels.of(e.role()))).append('\n');
      for (PointsChange c : e.changes()) {
        sb.append(INDENT).append(w.get("case.change", c.code(), c.before(), c.after(),
            c.reason())).append('\n');
      }
      for (String reason : e.reasons()) {
        sb.append(INDENT).append(w.get("case.reason", reason)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String total(Words w, String stage, StageScore s) {
    return w.get("case.total", w.get(stage), s.roundedTotal(), Labels.of(s.rating()),
        w.get(s.eligible() ? "yes" : "no"));
  }

  private static String text(Optional<Points> p) {
    return p.map(x -> TextReport.shortNumber(x.toBigDecimal())).orElse("");
  }
}
