package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.evidence.EvidenceChoice;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.standard.UnitType;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of the self-assessment workbook (自查自评工作簿版式), shared by the template writer and
 * the reader: sheet names, the header and key rows, column keys, the {@code _meta} and {@code
 * _lists} sheets, labels of enumerated values and how values are written to cells. The writer
 * follows it and the reader relies on nothing else; {@code docs/formats/workbook.md} describes the
 * same layout for people.
 *
 * <h2>Sheets</h2>
 *
 * <p>In this order, named in the template's language (zh-CN default; the reader recognises either
 * language's name, and always the name the {@code _meta} sheet maps):
 *
 * <table>
 *   <caption>Sheets of a workbook</caption>
 *   <tr><th>role ({@link Role})</th><th>zh-CN</th><th>en</th><th>rows</th></tr>
 *   <tr><td>instructions</td><td>填写说明</td><td>Instructions</td><td>text only, never read</td></tr>
 *   <tr><td>unit</td><td>单位信息</td><td>Unit</td><td>one data row: {@link #unitColumns()}</td></tr>
 *   <tr><td>evidence, one per kind</td><td>the kind's label, such as 五老名册</td><td>such as
 *       Elder roster</td><td>one record per row: {@link #evidenceColumns(EvidenceKind)}</td></tr>
 *   <tr><td>facts</td><td>事实数据</td><td>Facts</td><td>one row per declared fact:
 *       {@link #factColumns()}; only when the standard declares facts</td></tr>
 *   <tr><td>claims</td><td>自评</td><td>Self-assessment</td><td>one row per applicable item in
 *       tree order: {@link #claimColumns()}</td></tr>
 *   <tr><td>deductions</td><td>扣分明细</td><td>Deductions</td><td>one row per declared
 *       deficiency of each applicable counted-deduction item: {@link #deductionColumns()}; only
 *       when the standard has such items</td></tr>
 *   <tr><td>meta</td><td colspan="2">{@code _meta}, very hidden</td><td>key in column A, value in
 *       column B, from row 1</td></tr>
 *   <tr><td>lists</td><td colspan="2">{@code _lists}, very hidden</td><td>one drop-down list per
 *       column: its key in row 1, labels from row 2</td></tr>
 * </table>
 *
 * <p>Evidence sheets follow the registry's order ({@link EvidenceKinds#all()}); a template holds
 * those of the kinds the standard uses (its measures, prerequisites and vetoes) and, when
 * pre-filled, those of every kind the source holds records of. Sheet names are the kinds' labels
 * ({@link EvidenceKind#label()}), all at most 31 characters and free of {@code []:*?/\}.
 *
 * <h2>Rows and columns</h2>
 *
 * <p>On every data sheet (unit, evidence, facts, claims, deductions): row 1 ({@link #HEADER_ROW})
 * holds the headers in the template's language, each with a hint (cell comment) giving type, unit,
 * range and format; row 2 ({@link #KEY_ROW}) holds the machine keys and is hidden; data starts at
 * row 3 ({@link #FIRST_DATA_ROW}). Columns are found by the key row; when it was deleted, by
 * header text in either language ({@link Column#header()}). The key of an evidence column is
 * {@code <kind>.<field>} ({@link #key(EvidenceKind, EvidenceField)}), such as {@code elder.tier};
 * its columns follow the kind's field order. Rows 1 and 2 are protected (the sheet is protected
 * without a password, data cells are unlocked); the template holds no formulas.
 *
 * <h2>Cells</h2>
 *
 * <ul>
 *   <li>{@link EvidenceFieldType#ENUM}: a text cell holding the value's label in the template's
 *       language ({@link #label(EvidenceChoice, Locale)}); the reader accepts the label in either
 *       language, or the constant's code, after {@link #normalise(String)}
 *       ({@link #choice(EvidenceField, String)}). A drop-down list from {@code _lists} offers the
 *       labels.
 *   <li>{@link EvidenceFieldType#FLAG}: a text cell 是/否 (Yes/No), from a drop-down ({@link
 *       #flagLabel(boolean, Locale)}, read by {@link #flag(String)}).
 *   <li>{@link EvidenceFieldType#DATE}: a numeric date cell (Excel serial, 1900 date system)
 *       formatted {@link #DATE_FORMAT}; the reader accepts the text forms of DESIGN.md too.
 *   <li>{@link EvidenceFieldType#WHOLE_NUMBER}: a numeric cell formatted {@link #WHOLE_FORMAT},
 *       with whole-number data validation between the field's bounds.
 *   <li>{@link EvidenceFieldType#DECIMAL}, {@link EvidenceFieldType#YUAN} and points: a numeric
 *       cell formatted {@link #DECIMAL_FORMAT}, with decimal data validation between the bounds;
 *       compared without trailing zeros.
 *   <li>{@link EvidenceFieldType#TEXT}: a text cell formatted {@link #TEXT_FORMAT} (so that codes
 *       such as {@code 001} stay text), with a text-length validation when the field has a
 *       maximum length.
 *   <li>Unit type: the type's label ({@link Labels}); read by {@link #unitType(String)}.
 *   <li>District: the label {@code <code> <name>}, such as {@code 320402 天宁区}
 *       ({@link #districtLabel(DistrictCode, Locale)}), from a drop-down of the districts whose
 *       codes start with the standard's jurisdiction prefix ({@link #districts(String)}); read by
 *       {@link #district(String)}, which also takes the bare code or the name in either language.
 * </ul>
 *
 * <h2>{@code _meta} and {@code _lists}</h2>
 *
 * <p>{@code _meta} holds, one per row from row 1, key in column A and value (text) in column B:
 * {@link #META_KIND}, {@link #META_FORMAT_VERSION}, {@link #META_STANDARD_ID}, {@link
 * #META_STANDARD_VERSION}, {@link #META_UNIT_TYPE}, {@link #META_LANGUAGE}, then one {@link
 * #META_SHEET_PREFIX} row per data sheet. {@code _lists} holds one drop-down list per column:
 * row 1 the list's key, which is the key of the column it serves ({@code elder.tier}, {@code
 * unit.district}, {@code unit.type}) or {@link #LIST_FLAG} for every yes/no column; from row 2
 * its labels in the template's language, in declaration (or code) order. Data validations refer
 * to the range, such as {@code '_lists'!$B$2:$B$4}. Both sheets are written very hidden and
 * recognised by name whether very hidden, hidden or visible.
 *
 * <p>Immutable and thread-safe; the bundles are {@code
 * io/github/ggw/standards/sheets/workbook*.properties}.
 */
public final class WorkbookLayout {
  /** The {@code kind} written in {@code _meta}: {@value}. */
  public static final String KIND = "self-assessment-workbook";
  /** The {@code formatVersion} written in {@code _meta}: {@value}. */
  public static final int FORMAT_VERSION = 1;
  /** The name of the very hidden sheet of metadata, in every language: {@value}. */
  public static final String META_SHEET = "_meta";
  /** The name of the very hidden sheet of drop-down lists, in every language: {@value}. */
  public static final String LISTS_SHEET = "_lists";
  /** The 0-based index of the header row (row 1 as the user sees it). */
  public static final int HEADER_ROW = 0;
  /** The 0-based index of the hidden row of machine keys (row 2). */
  public static final int KEY_ROW = 1;
  /** The 0-based index of the first data row (row 3). */
  public static final int FIRST_DATA_ROW = 2;
  /** The cell format of date cells: {@value}. */
  public static final String DATE_FORMAT = "yyyy-mm-dd";
  /** The cell format of whole-number cells: {@value}. */
  public static final String WHOLE_FORMAT = "0";
  /** The cell format of decimal, yuan and points cells: {@value} (up to ten decimals shown). */
  public static final String DECIMAL_FORMAT = "0.##########";
  /** The cell format of text cells: {@value} (Excel's text format). */
  public static final String TEXT_FORMAT = "@";
  /** The jurisdiction prefix of a standard that declares none (GB/T 2260, Changzhou): {@value}. */
  public static final String DEFAULT_JURISDICTION = "3204";

  /** {@code _meta} key: the workbook kind, {@link #KIND}. */
  public static final String META_KIND = "kind";
  /** {@code _meta} key: the format version, {@link #FORMAT_VERSION}. */
  public static final String META_FORMAT_VERSION = "formatVersion";
  /** {@code _meta} key: the standard's id, such as {@code changzhou-quality-basic}. */
  public static final String META_STANDARD_ID = "standardId";
  /** {@code _meta} key: the standard's version, such as {@code 2021.1}. */
  public static final String META_STANDARD_VERSION = "standardVersion";
  /** {@code _meta} key: the unit type's code, such as {@code PRIMARY}. */
  public static final String META_UNIT_TYPE = "unitType";
  /** {@code _meta} key: the template's language tag, {@code zh-CN} or {@code en}. */
  public static final String META_LANGUAGE = "language";
  /**
   * {@code _meta} key prefix of the sheet-to-kind map: one row per data sheet, key {@code sheet.}
   * followed by the role key ({@link #roleKey(Role, EvidenceKind)}, such as {@code sheet.unit} or
   * {@code sheet.evidence.elder}), value the sheet's name as written.
   */
  public static final String META_SHEET_PREFIX = "sheet.";

  private static final String BUNDLE = "io.github.ggw.standards.sheets.workbook";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Pattern DISTRICT = Pattern.compile("([1-8][0-9]{5})(?:\\s+.*)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The role of a sheet in the workbook, in the order the sheets are written. */
  public enum Role {
    /** 填写说明: instructions, never read. */
    INSTRUCTIONS("instructions"),
    /** 单位信息: the unit, one data row. */
    UNIT("unit"),
    /** One sheet per evidence kind. */
    EVIDENCE("evidence"),
    /** 事实数据: declared facts (written only when the standard declares facts). */
    FACTS("facts"),
    /** 自评: the claims. */
    CLAIMS("claims"),
    /** 扣分明细: counted deductions (written only when the standard has such items). */
    DEDUCTIONS("deductions");

    private final String key;

    Role(String key) {
      this.key = key;
    }

    /**
     * The role's key, as in the bundles ({@code sheet.KEY}) and the {@code _meta} map.
     *
     * @return such as {@code unit}; {@code evidence} for every evidence sheet
     */
    public String key() {
      return key;
    }
  }

  /**
   * One column of a data sheet.
   *
   * @param key the machine key in the hidden row 2, such as {@code elder.tier} or {@code
   *     claim.points}, not null
   * @param header the header in zh-CN and en, not null
   * @param field the evidence field the column holds; empty for unit, claims, facts and deductions
   *     columns
   * @param read whether the reader takes the column's value (false for the claims sheet's
   *     informational columns: title, maximum, step, how scored)
   */
  public record Column(String key, LocalizedText header, Optional<EvidenceField> field,
      boolean read) {
    /**
     * Checks that no component is null.
     *
     * @param key the {@code key} component, as described on the record
     * @param header the {@code header} component, as described on the record
     * @param field the {@code field} component, as described on the record
     * @param read the {@code read} component, as described on the record
     */
    public Column {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(field, "field");
    }
  }

  /** Unit sheet key: the unit code. */
  public static final String UNIT_ID = "unit.id";
  /** Unit sheet key: the unit's name. */
  public static final String UNIT_NAME = "unit.name";
  /** Unit sheet key: the unit type (locked; its label). */
  public static final String UNIT_TYPE = "unit.type";
  /** Unit sheet key: the district (drop-down; {@link #districtLabel(DistrictCode, Locale)}). */
  public static final String UNIT_DISTRICT = "unit.district";
  /** Unit sheet key: the assessment year, a whole number 2000 to 2100. */
  public static final String UNIT_YEAR = "unit.year";
  /** Unit sheet key: the standard's id (locked). */
  public static final String STANDARD_ID = "standard.id";
  /** Unit sheet key: the standard's version (locked). */
  public static final String STANDARD_VERSION = "standard.version";
  /** Claims sheet key: the item's code (locked). */
  public static final String CLAIM_CODE = "claim.code";
  /** Claims sheet key: the item's title (informational). */
  public static final String CLAIM_TITLE = "claim.title";
  /** Claims sheet key: the item's maximum (informational). */
  public static final String CLAIM_MAXIMUM = "claim.maximum";
  /** Claims sheet key: the claim step (informational). */
  public static final String CLAIM_STEP = "claim.step";
  /** Claims sheet key: how the item is scored (informational). */
  public static final String CLAIM_SCORING = "claim.scoring";
  /** Claims sheet key: the self-score, required. */
  public static final String CLAIM_POINTS = "claim.points";
  /** Claims sheet key: the narrative, may be empty, at most 2,000 characters. */
  public static final String CLAIM_NARRATIVE = "claim.narrative";
  /** Facts sheet key: the declared fact's code (locked). */
  public static final String FACT_CODE = "fact.code";
  /** Facts sheet key: what the fact is, its title (informational). */
  public static final String FACT_TITLE = "fact.title";
  /** Facts sheet key: the fact's type, unit and range (informational). */
  public static final String FACT_TYPE = "fact.type";
  /** Facts sheet key: the value, formatted and validated by the fact's type. */
  public static final String FACT_VALUE = "fact.value";
  /** Deductions sheet key: the counted-deduction item's code (locked). */
  public static final String DEDUCTION_ITEM = "deduction.item";
  /** Deductions sheet key: the item's title (informational). */
  public static final String DEDUCTION_TITLE = "deduction.title";
  /** Deductions sheet key: the deficiency's code, such as {@code D1} (locked). */
  public static final String DEDUCTION_DEFICIENCY = "deduction.deficiency";
  /** Deductions sheet key: the deficiency's reason (informational). */
  public static final String DEDUCTION_REASON = "deduction.reason";
  /** Deductions sheet key: the points each occurrence costs (informational). */
  public static final String DEDUCTION_POINTS_EACH = "deduction.pointsEach";
  /** Deductions sheet key: how often the deficiency was found, a whole number {@code ≥ 0}. */
  public static final String DEDUCTION_COUNT = "deduction.count";
  /** Drop-down list key of the flag labels (是/否) in {@code _lists}. */
  public static final String LIST_FLAG = "flag";

  private WorkbookLayout() {}

  // ---- sheets

  /**
   * The name of a sheet of a fixed role.
   *
   * @param role any role but {@link Role#EVIDENCE}, not null
   * @return the name in zh-CN and en, such as 单位信息 / Unit
   * @throws IllegalArgumentException for {@link Role#EVIDENCE} (use {@link
   *     #sheetName(EvidenceKind)})
   */
  public static LocalizedText sheetName(Role role) {
    if (role == Role.EVIDENCE) {
      throw new IllegalArgumentException("an evidence sheet is named by its kind");
    }
    return text("sheet." + role.key());
  }

  /**
   * The name of an evidence kind's sheet: the kind's label.
   *
   * @param kind the kind, not null
   * @return such as 五老名册 / Elder roster
   */
  public static LocalizedText sheetName(EvidenceKind kind) {
    return kind.label();
  }

  /**
   * The key of a sheet's role, as the {@code _meta} map writes it after {@link
   * #META_SHEET_PREFIX}.
   *
   * @param role the role, not null
   * @param kind the evidence kind of an {@link Role#EVIDENCE} sheet; ignored (may be null) for
   *     the others
   * @return such as {@code unit}, {@code claims} or {@code evidence.elder}
   * @throws NullPointerException if the role is {@link Role#EVIDENCE} and the kind is null
   */
  public static String roleKey(Role role, EvidenceKind kind) {
    return role == Role.EVIDENCE ? "evidence." + Objects.requireNonNull(kind, "kind").name()
        : role.key();
  }

  // ---- columns

  /**
   * The unit sheet's columns, in order: unit code, name, type (locked), district (drop-down),
   * year, standard id and version (locked). All are read.
   *
   * @return the columns, unmodifiable
   */
  public static List<Column> unitColumns() {
    return columns(true, UNIT_ID, UNIT_NAME, UNIT_TYPE, UNIT_DISTRICT, UNIT_YEAR, STANDARD_ID,
        STANDARD_VERSION);
  }

  /**
   * The claims sheet's columns, in order: code, title, maximum, step, how scored, self-score,
   * narrative. Only code, self-score and narrative are read; the others inform the user.
   *
   * @return the columns, unmodifiable
   */
  public static List<Column> claimColumns() {
    List<Column> out = new ArrayList<>();
    for (String k : List.of(CLAIM_CODE, CLAIM_TITLE, CLAIM_MAXIMUM, CLAIM_STEP, CLAIM_SCORING,
        CLAIM_POINTS, CLAIM_NARRATIVE)) {
      boolean read = k.equals(CLAIM_CODE) || k.equals(CLAIM_POINTS) || k.equals(CLAIM_NARRATIVE);
      out.add(new Column(k, text("header." + k), Optional.empty(), read));
    }
    return List.copyOf(out);
  }

  /**
   * The facts sheet's columns, in order: fact code (locked), what the fact is and its type and
   * range (informational), value. Code and value are read; one row per declared fact.
   *
   * @return the columns, unmodifiable
   */
  public static List<Column> factColumns() {
    return readOnly(List.of(FACT_CODE, FACT_TITLE, FACT_TYPE, FACT_VALUE),
        List.of(FACT_CODE, FACT_VALUE));
  }

  /**
   * The counted-deductions sheet's columns, in order: item code (locked), item title
   * (informational), deficiency code (locked), reason and points each (informational), count.
   * Item code, deficiency code and count are read; one row per declared deficiency of each
   * applicable counted-deduction item.
   *
   * @return the columns, unmodifiable
   */
  public static List<Column> deductionColumns() {
    return readOnly(List.of(DEDUCTION_ITEM, DEDUCTION_TITLE, DEDUCTION_DEFICIENCY,
        DEDUCTION_REASON, DEDUCTION_POINTS_EACH, DEDUCTION_COUNT),
        List.of(DEDUCTION_ITEM, DEDUCTION_DEFICIENCY, DEDUCTION_COUNT));
  }

  private static List<Column> readOnly(List<String> keys, List<String> read) {
    List<Column> out = new ArrayList<>();
    for (String k : keys) {
      out.add(new Column(k, text("header." + k), Optional.empty(), read.contains(k)));
    }
    return List.copyOf(out);
  }

  /**
   * An evidence sheet's columns: one per field of the kind, in field order, headed by the field's
   * label and keyed {@code <kind>.<field>}. All are read.
   *
   * @param kind the kind, not null
   * @return the columns, unmodifiable
   */
  public static List<Column> evidenceColumns(EvidenceKind kind) {
    return kind.fields().stream()
        .map(f -> new Column(key(kind, f), f.label(), Optional.of(f), true)).toList();
  }

  /**
   * The machine key of an evidence column.
   *
   * @param kind the kind, not null
   * @param field one of its fields, not null
   * @return {@code <kind>.<field>}, such as {@code elder.tier} or {@code care-carrier.activeFrom}
   */
  public static String key(EvidenceKind kind, EvidenceField field) {
    return kind.name() + "." + field.name();
  }

  private static List<Column> columns(boolean read, String... keys) {
    List<Column> out = new ArrayList<>();
    for (String k : keys) {
      out.add(new Column(k, text("header." + k), Optional.empty(), read));
    }
    return List.copyOf(out);
  }

  /**
   * Whether an empty cell of a field is a value rather than a missing one: a text field whose
   * pattern accepts the empty text (the document's {@code sha256}, empty when no digest is
   * recorded) reads an empty cell as {@code ""}. Every other field's cell is required in a row
   * that is not empty; a row whose every cell is empty is skipped.
   *
   * @param field the field, not null
   * @return true when an empty cell stands for the empty text
   */
  public static boolean emptyAllowed(EvidenceField field) {
    return field.pattern().map(p -> Pattern.compile(p).matcher("").matches()).orElse(false);
  }

  // ---- labels

  /**
   * The label of an allowed value as a cell holds it.
   *
   * @param choice the value, not null
   * @param locale the template's language, not null
   * @return such as 核心层 (zh) or the English label
   */
  public static String label(EvidenceChoice choice, Locale locale) {
    return choice.label().in(locale);
  }

  /**
   * The drop-down labels of an enumeration field, in declaration order.
   *
   * @param field an {@link EvidenceFieldType#ENUM} field, not null
   * @param locale the template's language, not null
   * @return the labels, unmodifiable; empty for a field without choices
   */
  public static List<String> labels(EvidenceField field, Locale locale) {
    return field.choices().stream().map(c -> label(c, locale)).toList();
  }

  /**
   * The value a cell's text names: the label in either language, or the constant's code, compared
   * after {@link #normalise(String)} (and, for codes, ignoring case).
   *
   * @param field an {@link EvidenceFieldType#ENUM} field, not null
   * @param text the cell's text, not null
   * @return the value, or empty when the text names none (the reader then hints the closest
   *     labels)
   */
  public static Optional<EvidenceChoice> choice(EvidenceField field, String text) {
    String t = normalise(text);
    for (EvidenceChoice c : field.choices()) {
      if (t.equals(normalise(c.label().zh())) || t.equalsIgnoreCase(normalise(c.label().en()))
          || t.equalsIgnoreCase(c.code())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The label of a yes/no cell.
   *
   * @param value the flag
   * @param locale the template's language, not null
   * @return 是 or 否 (zh), Yes or No (en)
   */
  public static String flagLabel(boolean value, Locale locale) {
    return text("flag." + value).in(locale);
  }

  /**
   * The flag a cell's text names: 是/否, Yes/No (any case) or {@code true}/{@code false}, after
   * {@link #normalise(String)}.
   *
   * @param text the cell's text, not null
   * @return the flag, or empty when the text is none of these
   */
  public static Optional<Boolean> flag(String text) {
    String t = normalise(text);
    for (boolean b : new boolean[] {true, false}) {
      LocalizedText l = text("flag." + b);
      if (t.equals(l.zh()) || t.equalsIgnoreCase(l.en()) || t.equalsIgnoreCase(String.valueOf(b))) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * The label of a unit type as the unit sheet holds it.
   *
   * @param type the type, not null
   * @param locale the template's language, not null
   * @return such as 小学 (zh) or primary school (en)
   */
  public static String unitTypeLabel(UnitType type, Locale locale) {
    return Labels.of(type).in(locale);
  }

  /**
   * The unit type a cell's text names: its label in either language or its code, after {@link
   * #normalise(String)}.
   *
   * @param text the cell's text, not null
   * @return the type, or empty when the text names none
   */
  public static Optional<UnitType> unitType(String text) {
    String t = normalise(text);
    for (UnitType u : UnitType.values()) {
      LocalizedText l = Labels.of(u);
      if (t.equals(normalise(l.zh())) || t.equalsIgnoreCase(normalise(l.en()))
          || t.equalsIgnoreCase(u.name())) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /**
   * The districts the bundles name whose codes start with a jurisdiction prefix, in code order.
   *
   * @param jurisdictionPrefix a GB/T 2260 code prefix, such as {@code 3204}, not null
   * @return the districts, unmodifiable; empty when none matches
   */
  public static List<DistrictCode> districts(String jurisdictionPrefix) {
    Objects.requireNonNull(jurisdictionPrefix, "jurisdictionPrefix");
    return bundle(Locale.ROOT).keySet().stream()
        .filter(k -> k.startsWith("district."))
        .map(k -> k.substring("district.".length()))
        .filter(c -> c.startsWith(jurisdictionPrefix))
        .sorted()
        .map(DistrictCode::of)
        .toList();
  }

  /**
   * The drop-down label of a district: its code, a space and its name; the bare code when the
   * bundles do not name it.
   *
   * @param code the district, not null
   * @param locale the template's language, not null
   * @return such as {@code 320402 天宁区} or {@code 320402 Tianning District}
   */
  public static String districtLabel(DistrictCode code, Locale locale) {
    String key = "district." + code.value();
    ResourceBundle b = bundle(locale);
    return b.containsKey(key) ? code.value() + " " + b.getString(key) : code.value();
  }

  /**
   * The district a cell's text names: a label of {@link #districtLabel(DistrictCode, Locale)}
   * (the leading code decides), the bare code, or a district's name in either language, after
   * {@link #normalise(String)}.
   *
   * @param text the cell's text, not null
   * @return the district, or empty when the text names none
   */
  public static Optional<DistrictCode> district(String text) {
    String t = normalise(text);
    Matcher m = DISTRICT.matcher(t);
    if (m.matches()) {
      return Optional.of(DistrictCode.of(m.group(1)));
    }
    for (DistrictCode d : districts("")) {
      LocalizedText name = text("district." + d.value());
      if (t.equals(name.zh()) || t.equalsIgnoreCase(name.en())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * A cell's text as labels are compared: Unicode NFKC (full-width letters, digits and spaces
   * become their plain forms), then trimmed, with runs of white space made one space.
   *
   * @param text the text, not null
   * @return the normalised text
   */
  public static String normalise(String text) {
    String t = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFKC);
    return SPACES.matcher(t.strip()).replaceAll(" ");
  }

  // ---- words

  /**
   * A text of the workbook bundles in both languages.
   *
   * @param key a key of {@code workbook*.properties}, such as {@code sheet.unit}, not null
   * @return the zh-CN and en texts
   * @throws java.util.MissingResourceException if a bundle lacks the key
   */
  public static LocalizedText text(String key) {
    return LocalizedText.of(bundle(Locale.CHINESE).getString(key),
        bundle(Locale.ROOT).getString(key));
  }

  /**
   * A text of the workbook bundles in one language, with {@link MessageFormat} arguments.
   *
   * @param key a key of {@code workbook*.properties}, not null
   * @param locale the language, not null
   * @param args the arguments of the pattern's {@code {0}}, {@code {1}} …
   * @return the text
   * @throws java.util.MissingResourceException if the bundle lacks the key
   */
  public static String text(String key, Locale locale, Object... args) {
    String pattern = text(key).in(locale);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /**
   * The language tag {@code _meta} records for a template's locale.
   *
   * @param locale the locale, not null
   * @return {@code zh-CN} for any Chinese locale, else {@code en}
   */
  public static String languageTag(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE,
        "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT, NO_FALLBACK);
  }
}
