package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.LocalizedText;
import java.util.Objects;

/**
 * A programme a work item or section names (活动/项目), such as the "梦圆小康" speech contest or the
 * talk room. Titles are the seed's quoted names, with an English gloss.
 *
 * @param kind the kind, not null
 * @param title the quoted name in zh-CN and an English gloss, not null
 */
public record Programme(ProgrammeKind kind, LocalizedText title) {

  /**
   * Checks that no component is null.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param title the {@code title} component, as described on the record
   */
  public Programme {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
  }
}
