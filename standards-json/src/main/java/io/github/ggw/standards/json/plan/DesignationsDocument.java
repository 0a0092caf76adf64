package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.plan.UnitDesignation;
import java.util.List;

/**
 * The JSON shape of a list of designations conferred on units ({@code kind = "designations"},
 * format version 1).
 */
final class DesignationsDocument {
  static final String KIND = "designations";

  public String kind;
  public Integer formatVersion;
  public List<UnitDesignation> designations;

  static DesignationsDocument from(List<UnitDesignation> list) {
    DesignationsDocument d = new DesignationsDocument();
    d.kind = KIND;
    d.formatVersion = Formats.VERSION;
    d.designations = list;
    return d;
  }

  /** The designations, or null after recording problems. */
  List<UnitDesignation> toModel(Binder b) {
    Formats.checkHeader(kind, KIND, formatVersion, b);
    b.require(designations, "", "designations");
    b.requireElements(designations, "/designations");
    return b.hasErrors() ? null : List.copyOf(designations);
  }
}
