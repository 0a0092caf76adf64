package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.standard.MeasureCatalogueJson;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.rule.MeasureParameter;
import io.github.ggw.standards.rules.measure.MeasureDescriptor;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.ParameterDescriptor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code standards measures [--format text|json|csv] [--lang zh|en]}: prints the catalogue of
 * built-in measures ({@link MeasureRegistry#catalogue()}) that a standard's rules may name: name,
 * label, value type, unit, the evidence kind read, the parameters as written in sheets, whether
 * only the assessment year counts, and the source clause. Text is a table aligned by display
 * width, then each parameter's allowed values, then why each modelled source is modelled; JSON is
 * {@link MeasureCatalogueJson}; CSV is one row per measure (columns in {@link #CSV_HEADER}).
 */
@Command(name = "measures", mixinStandardHelpOptions = true)
final class MeasuresCommand implements Callable<Integer> {
  /** The CSV columns. */
  static final List<String> CSV_HEADER = List.of("name", "labelZh", "labelEn", "type", "unitZh",
      "unitEn", "evidenceKind", "parameters", "onlyAssessmentYear", "monotone", "source",
      "sourceNoteZh", "sourceNoteEn");

  /** The formats this command writes. */
  enum Choice { text, json, csv }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      descriptionKey = "format")
  Choice format;

  @Mixin Language language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<MeasureDescriptor> catalogue = MeasureRegistry.builtIn().catalogue();
    switch (format) {
      case json -> out.println(MeasureCatalogueJson.write(catalogue));
      case csv -> out.print(csv(catalogue));
      default -> out.print(text(catalogue, language.words()));
    }
    return StandardsCommand.OK;
  }

  /** The text form: the table, the parameters' values, the notes and a summary line. */
  static String text(List<MeasureDescriptor> catalogue, Words words) {
    boolean zh = words.locale().getLanguage().equals("zh");
    TextTable t = new TextTable(List.of(words.get("measures.col.name"),
        words.get("measures.col.label"), words.get("measures.col.type"),
        words.get("measures.col.unit"), words.get("measures.col.reads"),
        words.get("measures.col.parameters"), words.get("measures.col.year"),
        words.get("measures.col.source")));
    Map<MeasureParameter, ParameterDescriptor> parameters = new EnumMap<>(MeasureParameter.class);
    List<String> notes = new ArrayList<>();
    for (MeasureDescriptor d : catalogue) {
      String reads = d.evidenceKind().map(k -> zh
          ? EvidenceKinds.byName(k).map(e -> words.text(e.label())).orElse(k) : k).orElse("–");
      t.add(List.of(d.name().value(), words.text(d.label()),
          words.get("measures.type." + d.type().name()), words.text(d.unit()), reads,
          d.parameters().isEmpty() ? "–" : String.join(", ", d.parameterNames()),
          words.get(d.onlyAssessmentYear() ? "measures.year.only" : "measures.year.standing"),
          d.source() + (d.sourceNote().isPresent() ? " *" : "")));
      d.parameters().forEach(p -> parameters.putIfAbsent(p.parameter(), p));
      d.sourceNote().ifPresent(n -> notes.add("* " + d.name() + words.get("measures.noteSep")
          + words.text(n)));
    }
    StringBuilder sb = new StringBuilder(t.render());
    sb.append('\n').append(words.get("measures.parametersHeading")).append('\n');
    TextTable p = new TextTable(List.of(words.get("measures.col.parameter"),
        words.get("measures.col.parameterType"), words.get("measures.col.values")));
    for (ParameterDescriptor d : parameters.values()) {
      p.add(List.of(d.name(), words.get("measures.parameterType." + d.type().name()),
          String.join(d.type() == ParameterDescriptor.ParameterType.AT_LEAST ? " < " : ", ",
              d.allowedValues())));
    }
    sb.append(p.render());
    if (!notes.isEmpty()) {
      sb.append('\n').append(words.get("measures.notesHeading")).append('\n');
      notes.forEach(n -> sb.append(n).append('\n'));
    }
    sb.append(words.get("measures.summary", catalogue.size(), parameters.size())).append('\n');
    return sb.toString();
  }

  /**
   * The CSV form (RFC 4180, comma-separated, a header line). The {@code parameters} cell lists
   * each parameter as {@code name:TYPE:V1|V2|…}, separated by {@code "; "}.
   */
  static String csv(List<MeasureDescriptor> catalogue) {
    StringBuilder sb = new StringBuilder(String.join(",", CSV_HEADER)).append('\n');
    for (MeasureDescriptor d : catalogue) {
      List<String> cells = List.of(d.name().value(), d.label().zh(), d.label().en(),
          d.type().name(), d.unit().zh(), d.unit().en(), d.evidenceKind().orElse(""),
          d.parameters().stream().map(p -> p.name() + ":" + p.type() + ":"
              + String.join("|", p.allowedValues())).collect(Collectors.joining("; ")),
          String.valueOf(d.onlyAssessmentYear()), String.valueOf(d.monotone()), d.source(),
          d.sourceNote().map(n -> n.zh()).orElse(""), d.sourceNote().map(n -> n.en()).orElse(""));
      sb.append(cells.stream().map(MeasuresCommand::quote).collect(Collectors.joining(",")))
          .append('\n');
    }
    return sb.toString();
  }

  private static String quote(String cell) {
    return cell.matches("(?s).*[\",\\r\\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  /**
   * The README's table of measures (Markdown, English with the Chinese label): one row per
   * measure, generated here so that a test keeps the README equal to the catalogue.
   */
  static String markdown(List<MeasureDescriptor> catalogue) {
    StringBuilder sb = new StringBuilder(
        "| name | label | type | unit | reads | parameters | year | source |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (MeasureDescriptor d : catalogue) {
      sb.append("| `").append(d.name()).append("` | ").append(d.label().zh()).append(" · ")
          .append(d.label().en()).append(" | ").append(d.type()).append(" | ")
          .append(d.unit().zh()).append(" · ").append(d.unit().en()).append(" | ")
          .append(d.evidenceKind().map(k -> "`" + k + "`").orElse("–")).append(" | ")
          .append(d.parameters().isEmpty() ? "–" : d.parameterNames().stream()
              .map(n -> "`" + n + "`").collect(Collectors.joining(", ")))
          .append(" | ").append(d.onlyAssessmentYear() ? "assessment year" : "standing")
          .append(" | ").append(d.source())
          .append(d.sourceNote().map(n -> " — " + n.en()).orElse(""))
          .append(" |\n");
    }
    return sb.toString();
  }
}
