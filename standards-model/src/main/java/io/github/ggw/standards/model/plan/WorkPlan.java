package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A year's work points of a committee (年度工作要点): numbered sections, each with numbered items.
 * The bundled one is the Wujin district education bureau's 2020 work points (the seed).
 *
 * <p>The year lies in 2000–2100 and sections are numbered 1, 2, 3 … in order ({@code build()}
 * throws {@link StandardsException} otherwise). Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class WorkPlan {

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableWorkPlan.Builder builder() {
    return ImmutableWorkPlan.builder();
  }

  /** @return the year the work points are for, 2000 to 2100 */
  @Min(2000)
  @Max(2100)
  public abstract int getYear();

  /** @return the title */
  @NotNull
  public abstract LocalizedText getTitle();

  /** @return the issuing committee */
  @NotNull
  public abstract LocalizedText getIssuer();

  /** @return the guiding preamble in the project's own words */
  @NotNull
  public abstract LocalizedText getPreamble();

  /** @return the sections in order, one to ten */
  @NotEmpty
  @Size(max = 10)
  public abstract List<WorkSection> getSections();

  /** @return the document the work points come from, and whether the text is official */
  @NotNull
  public abstract SourceRef getSource();

  /**
   * Every numbered item, section by section, in order.
   *
   * @return the items
   */
  public Stream<WorkItem> getItems() {
    return getSections().stream().flatMap(s -> s.items().stream());
  }

  /** Refuses a year outside 2000–2100 and sections numbered out of order. */
  @Value.Check
  protected void check() {
    Years.check(getYear(), "a work plan");
    for (int i = 0; i < getSections().size(); i++) {
      if (getSections().get(i).number() != i + 1) {
        throw new StandardsException("work plan " + getYear() + ": section " + (i + 1)
            + " is numbered " + getSections().get(i).number(),
            String.valueOf(getSections().get(i).number()));
      }
    }
  }
}
