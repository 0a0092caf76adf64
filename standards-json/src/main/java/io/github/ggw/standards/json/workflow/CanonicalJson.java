package io.github.ggw.standards.json.workflow;

import com.google.common.hash.Hashing;
import io.github.ggw.standards.json.internal.Writers;
import io.github.ggw.standards.json.internal.PlainDecimals;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.rules.workflow.AssessmentDigester;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The canonical JSON form of a self-assessment and its SHA-256 digest (规范化 JSON 与摘要), the
 * digest recorded at submission and checked at every later stage of the review workflow.
 *
 * <p>The form (RFC 8785 in spirit; see docs/workflow.md, “Integrity”): the document of {@link
 * io.github.ggw.standards.json.StandardsJson#writeAssessment} ({@code kind}, {@code formatVersion}
 * and every member) with object members sorted by the UTF-16 code units of their names; every
 * string, names included, in Unicode normalization form C; numbers as plain decimals without
 * exponent, sign of zero or trailing zeros ({@code 6000}, {@code 1.5}, {@code 0}); no insignificant
 * whitespace; strings escaped as RFC 8785 does ({@code \"}, {@code \\}, {@code \b \f \n \r \t},
 * other control characters and unpaired surrogates as {@code \}{@code u} with four lower-case hex
 * digits), every other character written as itself; the whole encoded in UTF-8. Two assessments
 * that are equal as model values, or differ only in the normalization of their text or the scale of
 * their decimals, have the same form; any other change changes it. A golden file pins the form of a
 * bundled sample and its digest.
 *
 * <p>Immutable and thread-safe.
 */
public final class CanonicalJson implements AssessmentDigester {
  private static final CanonicalJson INSTANCE = new CanonicalJson();

  private CanonicalJson() {}

  /**
   * The canonical form.
   *
   * @return the instance
   */
  public static CanonicalJson create() {
    return INSTANCE;
  }


  /**
   * The canonical form of an assessment.
   *
   * @param assessment the assessment, not null
   * @return the canonical JSON text (one line)
   */
  public String canonicalText(SelfAssessment assessment) {
    // written, then read as a tree whose every fraction is an exact BigDecimal
    String text = Writers.line(Objects.requireNonNull(assessment, "assessment"));
    StringBuilder sb = new StringBuilder();
    write(Writers.exactTree(text), sb);
    return sb.toString();
  }

  /**
   * The canonical form of an assessment as bytes.
   *
   * @param assessment the assessment, not null
   * @return the UTF-8 bytes of {@link #canonicalText}
   */
  public byte[] canonical(SelfAssessment assessment) {
    return canonicalText(assessment).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The SHA-256 digest of an assessment's canonical form (Guava hashing).
   *
   * @param assessment the assessment, not null
   * @return the digest
   */
  @Override
  public Digest digest(SelfAssessment assessment) {
    return Digest.of(Hashing.sha256().hashBytes(canonical(assessment)).toString());
  }

  /** The canonical form of a JSON text (fractions read as exact decimals). */
  static String canonicalOf(String json) {
    StringBuilder sb = new StringBuilder();
    write(Writers.exactTree(json), sb);
    return sb.toString();
  }

  /** The SHA-256 digest of a JSON text's canonical form. */
  static Digest digestOf(String json) {
    return Digest.of(Hashing.sha256().hashBytes(canonicalOf(json)
        .getBytes(StandardCharsets.UTF_8)).toString());
  }

  /** Writes a JSON tree in canonical form. */
  static void write(JsonNode node, StringBuilder sb) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String name = nfc(e.getKey());
        if (sorted.put(name, e.getValue()) != null) {
          throw new StandardsException("two members share the normalized name " + name, name);
        }
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        string(e.getKey(), sb);
        sb.append(':');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        write(node.get(i), sb);
      }
      sb.append(']');
    } else if (node.isString()) {
      string(nfc(node.stringValue()), sb);
    } else if (node.isNumber()) {
      sb.append(node.isIntegralNumber() ? node.bigIntegerValue().toString()
          : plain(node.decimalValue()));
    } else if (node.isBoolean()) {
      sb.append(node.booleanValue());
    } else if (node.isNull()) {
      sb.append("null");
    } else {
      throw new StandardsException("no canonical form for " + node.getNodeType(),
          String.valueOf(node.getNodeType()));
    }
  }

  /**
   * A number written out in full without trailing zeros; one too long written out (more than
   * {@link PlainDecimals#MAX_CHARS} characters, such as {@code 1e999999999}) keeps its exponent
   * ({@code 1E+999999999}), so that no canonical form grows beyond its input by more than that.
   */
  private static String plain(java.math.BigDecimal d) {
    String text = PlainDecimals.text(d);
    return text != null ? text : d.stripTrailingZeros().toString();
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
          if (paired) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c)) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
