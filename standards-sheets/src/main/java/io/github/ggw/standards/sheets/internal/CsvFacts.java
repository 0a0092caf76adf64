package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.FactType;
import io.github.ggw.standards.model.standard.ImmutableDeclaredFact;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.Standard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Declared facts in the CSV form of a standard (事实声明行): one row per fact, whose code cell is
 * {@code @fact}, whose title columns hold the fact's title, whose parameters cell holds {@code
 * code=lectures.pupilsReached; type=COUNT; min=0; max=100000; unit=人次} ({@code choices=DRAFTED,
 * ADOPTED, PUBLISHED} for a CHOICE), and whose source columns hold its source (empty: the
 * standard's). Rows are written after the {@code @standard} row, in declared order.
 */
public final class CsvFacts {
  /** The code cell of a fact's row. */
  public static final String FACT_ROW = "@fact";

  private CsvFacts() {}

  /**
   * Reads a fact row's parameters.
   *
   * @param e the parameters cell, parsed; its mistakes are recorded in it
   * @param title the row's title, empty after a recorded mistake
   * @param source the row's source, empty after a recorded mistake
   * @return the declaration, or empty after recording a mistake
   */
  public static Optional<DeclaredFact> parse(CsvEntries e, Optional<LocalizedText> title,
      Optional<SourceRef> source) {
    Optional<String> code = e.required("code", CsvTexts.text("value.factCode"));
    Optional<FactType> type = e.enumValue("type", FactType.class);
    if (type.isEmpty() && !e.has("type")) {
      e.required("type", CsvEntries.expected(FactType.class));
    }
    List<String> choices = e.list("choices", CsvTexts.text("value.factChoices"), v -> v);
    Optional<BigDecimal> min = e.value("min", CsvTexts.text("value.factMin"), CsvEntries::decimal);
    Optional<BigDecimal> max = e.value("max", CsvTexts.text("value.factMax"),
        CsvEntries::decimal);
    Optional<String> unit = e.text("unit");
    if (code.isEmpty() || type.isEmpty() || title.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    try {
      ImmutableDeclaredFact.Builder b = DeclaredFact.builder().code(code.get())
          .title(title.get()).type(type.get()).source(source.get()).min(min).max(max)
          .unit(unit).addAllChoices(choices);
      return Optional.of(b.build());
    } catch (StandardsException | IllegalArgumentException | IllegalStateException ex) {
      e.bad().add(new CsvEntries.Bad("code", code.get(),
          CsvTexts.text("value.factRefused", String.valueOf(ex.getMessage()))));
      return Optional.empty();
    }
  }

  /**
   * The rows of a standard's declared facts, which {@link #parse} reads back to equal
   * declarations.
   *
   * @param s the standard, not null
   * @return one row per fact, in declared order, cells in column order
   */
  public static List<String[]> rows(Standard s) {
    List<String[]> out = new ArrayList<>();
    for (DeclaredFact f : s.getFacts()) {
      String[] row = new String[CsvColumn.values().length];
      java.util.Arrays.fill(row, "");
      row[CsvColumn.CODE.ordinal()] = FACT_ROW;
      row[CsvColumn.TITLE.ordinal()] = f.getTitle().zh();
      row[CsvColumn.TITLE_EN.ordinal()] = f.getTitle().en();
      row[CsvColumn.PARAMETERS.ordinal()] = new CsvEntries.Writer()
          .text("code", f.getCode()).put("type", f.getType().name())
          .put("choices", f.getChoices().isEmpty() ? null
              : String.join(", ", f.getChoices()))
          .plain("min", f.getMin().orElse(null)).plain("max", f.getMax().orElse(null))
          .text("unit", f.getUnit().orElse(null)).toString();
      if (!f.getSource().equals(s.getSource())) {
        row[CsvColumn.SOURCE.ordinal()] = f.getSource().document();
        row[CsvColumn.CLAUSE.ordinal()] = f.getSource().clause();
        row[CsvColumn.STATUS.ordinal()] = f.getSource().status().name();
        row[CsvColumn.NOTE.ordinal()] = f.getSource().note();
      }
      out.add(row);
    }
    return out;
  }
}
