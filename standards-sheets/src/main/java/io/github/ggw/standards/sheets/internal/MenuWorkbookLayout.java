package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.menu.Beneficiary;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.menu.ServiceUnit;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The layout of the menu workbook (菜单工作簿版式), shared by its writer and its reader: one
 * workbook holding a unit's needs menu and resource menu for one year. Not API.
 *
 * <p>Sheets, named in the workbook's language (the reader takes either language's name): 填写说明
 * (instructions, never read), 单位与年度 (unit code and year, one data row), 需求菜单 (one need per
 * row), 资源菜单 (one elder's offer per row), then {@code _meta} (kind {@value #KIND}, {@code
 * formatVersion} {@value #FORMAT_VERSION}, {@code language}) and {@code _lists} (the drop-down
 * lists), both very hidden. As in the self-assessment workbook ({@link WorkbookLayout}): row 1
 * holds the headings with a hint each, row 2 the hidden machine keys, data from row 3; columns are
 * found by key, else by heading in either language; choices are labels (codes and either
 * language's labels are read too); dates are date cells (the text forms of the self-assessment
 * workbook are read too); amounts are whole numbers from 1 to 10,000. A resource's categories are
 * one cell of labels separated by 、 (or , ; ，；); its first time window is the two date columns,
 * further ones a text cell of {@code from~to} pairs separated by ；.
 */
public final class MenuWorkbookLayout {
  /** The {@code kind} written in {@code _meta}: {@value}. */
  public static final String KIND = "menus-workbook";
  /** The {@code formatVersion} written in {@code _meta}: {@value}. */
  public static final int FORMAT_VERSION = 1;
  private static final String BUNDLE = "io.github.ggw.standards.sheets.menus";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private MenuWorkbookLayout() {}

  /** The data sheets. */
  public enum Role {
    /** 单位与年度: the unit code and the year. */
    UNIT("sheet.unit"),
    /** 需求菜单: the needs. */
    NEEDS("sheet.needs"),
    /** 资源菜单: the resources. */
    RESOURCES("sheet.resources");

    private final String key;

    Role(String key) {
      this.key = key;
    }

    /**
     * The sheet's name in both languages.
     *
     * @return the name
     */
    public LocalizedText sheetName() {
      return text(key);
    }
  }

  /** What a column holds. */
  public enum Kind {
    /** Text: an identifier. */
    TEXT,
    /** One choice from {@link Column#choices()}. */
    CHOICE,
    /** Several choices of {@link Column#choices()}, separated. */
    CHOICES,
    /** A whole number from 1 to 10,000. */
    AMOUNT,
    /** A whole number, the year. */
    YEAR,
    /** A date. */
    DATE,
    /** Further time windows as text. */
    WINDOWS
  }

  /**
   * One column of a data sheet.
   *
   * @param key the machine key of row 2, such as {@code need.category}
   * @param kind what it holds
   * @param choices the enumeration of a choice column, else null
   * @param required whether a filled row must fill it
   */
  public record Column(String key, Kind kind, Class<? extends Enum<?>> choices,
      boolean required) {
    /**
     * The column's heading in both languages.
     *
     * @return the heading
     */
    public LocalizedText header() {
      return text("col." + key);
    }

    /**
     * The member of the menu document the column fills: the part of the key after the dot.
     *
     * @return such as {@code category}
     */
    public String member() {
      return key.substring(key.indexOf('.') + 1);
    }
  }

  /**
   * The columns of a data sheet, in order.
   *
   * @param role the sheet, not null
   * @return the columns
   */
  public static List<Column> columns(Role role) {
    return switch (role) {
      case UNIT -> List.of(new Column("menus.unitId", Kind.TEXT, null, true),
          new Column("menus.year", Kind.YEAR, null, true));
      case NEEDS -> List.of(new Column("need.id", Kind.TEXT, null, true),
          new Column("need.category", Kind.CHOICE, ServiceCategory.class, true),
          new Column("need.beneficiary", Kind.CHOICE, Beneficiary.class, true),
          new Column("need.count", Kind.AMOUNT, null, true),
          new Column("need.unit", Kind.CHOICE, ServiceUnit.class, true),
          new Column("need.from", Kind.DATE, null, true),
          new Column("need.to", Kind.DATE, null, true));
      case RESOURCES -> List.of(new Column("resource.id", Kind.TEXT, null, true),
          new Column("resource.elder", Kind.TEXT, null, true),
          new Column("resource.elderCategory", Kind.CHOICE, ElderCategory.class, true),
          new Column("resource.tier", Kind.CHOICE, Tier.class, true),
          new Column("resource.categories", Kind.CHOICES, ServiceCategory.class, true),
          new Column("resource.capacity", Kind.AMOUNT, null, true),
          new Column("resource.unit", Kind.CHOICE, ServiceUnit.class, true),
          new Column("resource.from", Kind.DATE, null, true),
          new Column("resource.to", Kind.DATE, null, true),
          new Column("resource.more", Kind.WINDOWS, null, false));
    };
  }

  /**
   * The role of a sheet by its name in either language, after width normalisation.
   *
   * @param name the sheet's name, not null
   * @return the role, or empty for another sheet
   */
  public static Optional<Role> roleOf(String name) {
    String n = WorkbookLayout.normalise(name);
    for (Role r : Role.values()) {
      if (r.sheetName().zh().equals(n) || r.sheetName().en().equalsIgnoreCase(n)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * A text of the bundle in both languages.
   *
   * @param key the bundle key, not null
   * @return the text
   */
  public static LocalizedText text(String key) {
    return LocalizedText.of(ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, NO_FALLBACK)
        .getString(key), ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).getString(key));
  }

  /**
   * A text of the bundle in one language, with its arguments.
   *
   * @param key the bundle key, not null
   * @param locale the language, not null
   * @param args the arguments
   * @return the text
   */
  public static String text(String key, Locale locale, Object... args) {
    String pattern = text(key).in(locale);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
