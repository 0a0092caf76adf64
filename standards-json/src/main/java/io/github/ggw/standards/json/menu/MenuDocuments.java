package io.github.ggw.standards.json.menu;

import io.github.ggw.standards.json.internal.DocumentDeserializer;
import io.github.ggw.standards.json.internal.DocumentSerializer;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.ResourceMenu;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson wiring of this package's documents, which {@link
 * io.github.ggw.standards.json.StandardsModule} installs: a {@link NeedsMenu} reads and writes as
 * its document ({@code kind = "needs-menu"}) and a {@link ResourceMenu} as its ({@code kind =
 * "resource-menu"}).
 *
 * <p>Not for direct use: applications register the module.
 */
public final class MenuDocuments {
  private MenuDocuments() {}

  /**
   * Adds the serializers and deserializers of the two menus to a module.
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    module.addSerializer(NeedsMenu.class,
        new DocumentSerializer<>(NeedsMenu.class, NeedsMenuDocument::from));
    module.addDeserializer(NeedsMenu.class, DocumentDeserializer.of(NeedsMenu.class,
        NeedsMenuDocument.class, NeedsMenuDocument::toModel));
    module.addSerializer(ResourceMenu.class,
        new DocumentSerializer<>(ResourceMenu.class, ResourceMenuDocument::from));
    module.addDeserializer(ResourceMenu.class, DocumentDeserializer.of(ResourceMenu.class,
        ResourceMenuDocument.class, ResourceMenuDocument::toModel));
  }
}
