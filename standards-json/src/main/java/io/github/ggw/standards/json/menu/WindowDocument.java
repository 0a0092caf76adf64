package io.github.ggw.standards.json.menu;

import io.github.ggw.standards.model.menu.TimeWindow;

/** The JSON shape of a {@link TimeWindow}: {@code {"from": "2022-03-01", "to": "2022-06-30"}}. */
final class WindowDocument {
  public String from;
  public String to;

  static WindowDocument from(TimeWindow w) {
    WindowDocument d = new WindowDocument();
    d.from = w.from().toString();
    d.to = w.to().toString();
    return d;
  }

  /** The window, or null after recording its problems at {@code pointer}. */
  TimeWindow toModel(String pointer, MenuChecks c) {
    var f = c.date(from, pointer, "from");
    var t = c.date(to, pointer, "to");
    if (f == null || t == null || c.reversed(f, t, pointer)) {
      return null;
    }
    return TimeWindow.of(f, t);
  }
}
