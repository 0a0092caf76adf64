package io.github.ggw.standards.sheets;

import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.sheets.internal.MenuWorkbookReader;
import io.github.ggw.standards.sheets.internal.MenuWorkbookWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * The menu workbook (菜单工作簿): one XLSX holding a unit's needs menu and resource menu for one
 * year (seed §三.1), for committee secretaries who keep their menus in Excel or WPS. Sheets, in
 * the workbook's language: 填写说明 (instructions), 单位与年度 (unit code and year in row 3), 需求菜单
 * (one need per row) and 资源菜单 (one elder's offer per row), headers in row 1 with a hint each, a
 * hidden key row 2, data from row 3, drop-down lists of labels for the choices, whole-number
 * validation for amounts, date cells; header rows protected, data rows not. {@code
 * docs/formats/menus.md} describes the columns.
 *
 * <p>{@link #read} opens a workbook as safely as {@link Workbooks#read} does (size, zip bomb,
 * entity, sheet and row limits; {@code .xls}, {@code .xlsm}, {@code .ods}, {@code .et} and
 * encrypted files refused with a message saying to save as .xlsx), streams its sheets, and reads
 * the cells through the menus' JSON reader, so a workbook gets every check and every problem a
 * JSON menu gets, each located at its sheet and cell, all at once. Stateless and thread-safe.
 */
public final class MenuWorkbooks {
  private MenuWorkbooks() {}

  /**
   * The two menus of one workbook.
   *
   * @param needs the needs menu, not null
   * @param resources the resource menu, of the same unit and year, not null
   */
  public record Menus(NeedsMenu needs, ResourceMenu resources) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a menu is null
     *
     * @param needs the {@code needs} component, as described on the record
     * @param resources the {@code resources} component, as described on the record
     */
    public Menus {
      Objects.requireNonNull(needs, "needs");
      Objects.requireNonNull(resources, "resources");
    }
  }

  /**
   * A blank menu workbook.
   *
   * @param locale the language of its sheets, headers, hints and lists (zh-CN for any Chinese
   *     locale, else English), not null
   * @return the XLSX bytes
   */
  public static byte[] template(Locale locale) {
    return new MenuWorkbookWriter(Objects.requireNonNull(locale, "locale"), null, null).write();
  }

  /**
   * A menu workbook holding two menus, which {@link #read(byte[])} reads back to equal menus.
   *
   * @param menus the menus, not null
   * @param locale the workbook's language, not null
   * @return the XLSX bytes
   */
  public static byte[] write(Menus menus, Locale locale) {
    Objects.requireNonNull(menus, "menus");
    return new MenuWorkbookWriter(Objects.requireNonNull(locale, "locale"), menus.needs(),
        menus.resources()).write();
  }

  /**
   * Reads a menu workbook with the default limits. Never throws on bad input.
   *
   * @param bytes the XLSX bytes, not null
   * @return both menus, or every problem found
   */
  public static Result<Menus> read(byte[] bytes) {
    return read(bytes, WorkbookLimits.DEFAULT);
  }

  /**
   * Reads a menu workbook. Never throws on bad input.
   *
   * @param bytes the XLSX bytes, not null
   * @param limits the limits of the safe opening and of the rows (at most 2,000 entries per menu
   *     in any case), not null
   * @return both menus, or every problem found
   */
  public static Result<Menus> read(byte[] bytes, WorkbookLimits limits) {
    Objects.requireNonNull(bytes, "bytes");
    return new MenuWorkbookReader(Objects.requireNonNull(limits, "limits")).read(bytes)
        .map(m -> new Menus(m.needs(), m.resources()));
  }
}
