package io.github.ggw.standards.json.menu;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.internal.ReadPipeline;
import io.github.ggw.standards.json.internal.Writers;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.problem.Result;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes the two menus of seed §三.1 as JSON (菜单读写): needs menus ({@code kind =
 * "needs-menu"}) and resource menus ({@code kind = "resource-menu"}), format version 1, whose
 * shapes the schemas {@link io.github.ggw.standards.json.Schemas#NEEDS_MENU} and {@link
 * io.github.ggw.standards.json.Schemas#RESOURCE_MENU} give.
 *
 * <p>The readers are the way to read untrusted menus: they apply the limits and strictness of the
 * {@link StandardsJson} the instance is made from and never throw on bad input. Every problem of
 * the entries comes back at once, each with its JSON pointer, line and column: unknown choices
 * (with the allowed labels in both languages; codes and labels in either language are accepted,
 * after width normalisation and trimming), counts and capacities outside 1–10,000, dates not
 * written YYYY-MM-DD, windows that end before they start, identifiers used twice (naming the
 * first use), empty category or availability lists, more than 2,000 entries. A value of the wrong
 * JSON type (a count written {@code "six"}) stops the read with its one problem. The writers
 * write indented JSON that the readers read back to equal menus. Immutable and thread-safe.
 */
public final class MenusJson {
  private final ReadPipeline pipeline;

  private MenusJson(StandardsJson json) {
    Objects.requireNonNull(json, "json");
    this.pipeline = ReadPipeline.create(json.getLimits(), json.getMode());
  }

  /**
   * Menus read and written like the given instance reads and writes standards.
   *
   * @param json the instance whose limits and mode apply, not null
   * @return the reader and writer
   */
  public static MenusJson create(StandardsJson json) {
    return new MenusJson(json);
  }

  /**
   * Menus with the default limits, in strict mode.
   *
   * @return the reader and writer
   */
  public static MenusJson create() {
    return new MenusJson(StandardsJson.create());
  }

  /**
   * The kind a document declares, read without binding the rest.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the {@code kind} member of the root object ({@code "needs-menu"}, {@code
   *     "resource-menu"} or another), or empty when the bytes are not a JSON object with a text
   *     {@code kind}
   */
  public Optional<String> kindOf(byte[] bytes) {
    return pipeline.kindOf(bytes);
  }

  /**
   * Reads a needs menu. Never throws on bad input.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the menu, or every problem found
   */
  public Result<NeedsMenu> readNeeds(byte[] bytes) {
    return pipeline.readDocument(bytes, NeedsMenuDocument.class, NeedsMenuDocument::toModel);
  }

  /**
   * Reads a needs menu from a file.
   *
   * @param file the file, not null
   * @return the menu or the problems; an unreadable or too large file is a problem too
   */
  public Result<NeedsMenu> readNeeds(Path file) {
    return pipeline.readFile(file, this::readNeeds);
  }

  /**
   * Reads a resource menu. Never throws on bad input.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the menu, or every problem found
   */
  public Result<ResourceMenu> readResources(byte[] bytes) {
    return pipeline.readDocument(bytes, ResourceMenuDocument.class,
        ResourceMenuDocument::toModel);
  }

  /**
   * Reads a resource menu from a file.
   *
   * @param file the file, not null
   * @return the menu or the problems; an unreadable or too large file is a problem too
   */
  public Result<ResourceMenu> readResources(Path file) {
    return pipeline.readFile(file, this::readResources);
  }

  /**
   * Writes a needs menu as indented JSON.
   *
   * @param menu the menu, not null
   * @return the JSON text, which {@link #readNeeds(byte[])} reads back to an equal menu
   */
  public String writeNeeds(NeedsMenu menu) {
    return Writers.pretty(NeedsMenuDocument.from(Objects.requireNonNull(menu, "menu")));
  }

  /**
   * Writes a resource menu as indented JSON.
   *
   * @param menu the menu, not null
   * @return the JSON text, which {@link #readResources(byte[])} reads back to an equal menu
   */
  public String writeResources(ResourceMenu menu) {
    return Writers.pretty(ResourceMenuDocument.from(Objects.requireNonNull(menu, "menu")));
  }
}
