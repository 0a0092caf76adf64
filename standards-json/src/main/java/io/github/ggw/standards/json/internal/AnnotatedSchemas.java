package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.json.Schemas;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.evidence.EvidenceChoice;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.standard.UnitType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the annotated, per-language copies of the self-assessment JSON Schema for form
 * builders ({@link Schemas#SELF_ASSESSMENT_ZH}, {@link Schemas#SELF_ASSESSMENT_EN}) from one
 * source: the plain schema ({@link Schemas#SELF_ASSESSMENT}), the evidence-kind registry ({@link
 * EvidenceKinds}: kind and field labels, units, bounds), the label bundles ({@link Labels}: the
 * allowed values) and the bundles {@code io/github/ggw/standards/json/schema*.properties} (the
 * other members). Each copy equals the plain schema but for annotations: its {@code $id}, a {@code
 * title} and {@code description} per member and per evidence kind, and every enumeration written
 * as {@code oneOf} of {@code {const, title}} in the enumeration's order. A member the generator
 * does not know fails the generation, so the copies cannot fall behind the plain schema. The
 * committed copies are this class's output (a test regenerates them); {@link #main(String[])}
 * writes them again. Stateless.
 */
public final class AnnotatedSchemas {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final String BUNDLE = "io.github.ggw.standards.json.schema";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle words;

  private AnnotatedSchemas(Locale locale) {
    this.locale = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    this.words = ResourceBundle.getBundle(BUNDLE,
        "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT, NO_FALLBACK);
  }

  /**
   * The annotated copy of the self-assessment schema in a language.
   *
   * @param locale Chinese for any {@code zh} locale, else English; not null
   * @return the schema as indented JSON text, ending in a line break
   * @throws IllegalStateException if the plain schema has a member, evidence kind or field the
   *     generator does not know, or an enumeration whose values differ from the registry's
   */
  public static String generate(Locale locale) {
    return new AnnotatedSchemas(locale).annotate();
  }

  /**
   * The class-path resource of the annotated copy in a language.
   *
   * @param locale Chinese for any {@code zh} locale, else English; not null
   * @return {@link Schemas#SELF_ASSESSMENT_ZH} or {@link Schemas#SELF_ASSESSMENT_EN}
   */
  public static String resource(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? Schemas.SELF_ASSESSMENT_ZH
        : Schemas.SELF_ASSESSMENT_EN;
  }

  /**
   * Writes both copies into a folder (such as {@code
   * standards-json/src/main/resources/io/github/ggw/standards/json/schemas}).
   *
   * @param args the folder, one argument
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      String name = resource(l).substring(resource(l).lastIndexOf('/') + 1);
      Files.writeString(dir.resolve(name), generate(l), StandardCharsets.UTF_8);
    }
  }

  private String annotate() {
    ObjectNode root = (ObjectNode) MAPPER.readTree(Schemas.bytes(Schemas.SELF_ASSESSMENT));
    String id = root.get("$id").asString();
    String name = resource(locale).substring(resource(locale).lastIndexOf('/') + 1);
    root.put("$id", id.substring(0, id.lastIndexOf('/') + 1) + name);
    root.put("title", word("schema.title"));
    root.put("description", word("schema.description"));
    ObjectNode props = (ObjectNode) root.get("properties");
    for (Map.Entry<String, JsonNode> p : props.properties()) {
      props.set(p.getKey(), titled((ObjectNode) p.getValue(), word("member." + p.getKey()), null));
    }
    ObjectNode defs = (ObjectNode) root.get("$defs");
    defs.set("unit", unit((ObjectNode) defs.get("unit")));
    defs.set("claim", claim((ObjectNode) defs.get("claim")));
    defs.set("evidence", evidence((ObjectNode) defs.get("evidence")));
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private ObjectNode unit(ObjectNode unit) {
    ObjectNode props = (ObjectNode) unit.get("properties");
    for (Map.Entry<String, JsonNode> p : props.properties()) {
      ObjectNode member = (ObjectNode) p.getValue();
      if (p.getKey().equals("type")) {
        List<LocalizedText> labels = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (UnitType t : UnitType.values()) {
          codes.add(t.name());
          labels.add(Labels.of(t));
        }
        member = choices(member, codes, labels, "unit.type");
      }
      props.set(p.getKey(), titled(member, word("unit." + p.getKey()), null));
    }
    return titled(unit, word("member.unit"), null);
  }

  private ObjectNode claim(ObjectNode claim) {
    ObjectNode props = (ObjectNode) claim.get("properties");
    for (Map.Entry<String, JsonNode> p : props.properties()) {
      props.set(p.getKey(), titled((ObjectNode) p.getValue(), word("claim." + p.getKey()), null));
    }
    return titled(claim, word("claim"), null);
  }

  private ObjectNode evidence(ObjectNode evidence) {
    ArrayNode branches = (ArrayNode) evidence.get("oneOf");
    for (int i = 0; i < branches.size(); i++) {
      ObjectNode branch = (ObjectNode) branches.get(i);
      ObjectNode props = (ObjectNode) branch.get("properties");
      String kindName = props.get("type").get("const").asString();
      EvidenceKind kind = EvidenceKinds.byName(kindName).orElseThrow(
          () -> new IllegalStateException("the schema has an unknown evidence kind " + kindName));
      for (Map.Entry<String, JsonNode> p : props.properties()) {
        ObjectNode member = (ObjectNode) p.getValue();
        if (p.getKey().equals("type")) {
          props.set("type", titled(member, word("evidence.type"), null));
          continue;
        }
        EvidenceField f = kind.field(p.getKey()).orElseThrow(() -> new IllegalStateException(
            "the schema has an unknown field " + kindName + "." + p.getKey()));
        if (f.type() == EvidenceFieldType.ENUM) {
          member = choices(member, f.choices().stream().map(EvidenceChoice::code).toList(),
              f.choices().stream().map(EvidenceChoice::label).toList(), kindName + "." + f.name());
        }
        props.set(p.getKey(), titled(member, f.label().in(locale), description(f)));
      }
      branches.set(i, titled(branch, kind.label().in(locale), null));
    }
    return titled(evidence, word("evidence"), null);
  }

  /** An enumeration {@code {"enum": [...]}} as {@code {"oneOf": [{const, title}...]}}. */
  private ObjectNode choices(ObjectNode member, List<String> codes, List<LocalizedText> labels,
      String where) {
    JsonNode values = member.get("enum");
    List<String> declared = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> declared.add(v.asString()));
    }
    if (!declared.equals(codes)) {
      throw new IllegalStateException(where + ": the schema's values " + declared
          + " are not the registry's " + codes);
    }
    ObjectNode out = MAPPER.createObjectNode();
    ArrayNode oneOf = out.putArray("oneOf");
    for (int i = 0; i < codes.size(); i++) {
      ObjectNode c = oneOf.addObject();
      c.put("const", codes.get(i));
      c.put("title", labels.get(i).in(locale));
    }
    for (Map.Entry<String, JsonNode> p : member.properties()) {
      if (!p.getKey().equals("enum")) {
        out.set(p.getKey(), p.getValue());
      }
    }
    return out;
  }

  /** The node with a title (and description) first, then its members as they were. */
  private static ObjectNode titled(ObjectNode node, String title, String description) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("title", title);
    if (description != null) {
      out.put("description", description);
    }
    for (Map.Entry<String, JsonNode> p : node.properties()) {
      if (!p.getKey().equals("title") && !p.getKey().equals("description")) {
        out.set(p.getKey(), p.getValue());
      }
    }
    return out;
  }

  private String description(EvidenceField f) {
    List<String> parts = new ArrayList<>();
    parts.add(f.type().label().in(locale));
    f.unit().ifPresent(u -> parts.add(word("desc.unit", u.label().in(locale))));
    if (f.min().isPresent() && f.max().isPresent()) {
      parts.add(word(f.minInclusive() ? "desc.range" : "desc.above", plain(f.min().get()),
          plain(f.max().get())));
    }
    f.maxLength().ifPresent(n -> parts.add(word("desc.maxLength", String.valueOf(n))));
    if (f.type() == EvidenceFieldType.DATE) {
      parts.add(word("desc.date"));
    }
    boolean emptyAllowed = f.pattern().map(p -> Pattern.compile(p).matcher("").matches())
        .orElse(false);
    parts.add(word(emptyAllowed ? "desc.optionalEmpty" : "desc.required"));
    return String.join(word("desc.sep"), parts);
  }

  private String word(String key, Object... args) {
    String pattern = words.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
