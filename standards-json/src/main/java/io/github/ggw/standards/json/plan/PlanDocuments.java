package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.json.internal.DocumentDeserializer;
import io.github.ggw.standards.json.internal.DocumentSerializer;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.WorkPlan;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson wiring of this package's documents, which {@link
 * io.github.ggw.standards.json.StandardsModule} installs: an {@link ActionPlan} reads and writes
 * as its document ({@code kind = "action-plan"}) and a {@link WorkPlan} as its ({@code kind =
 * "work-plan"}).
 *
 * <p>Not for direct use: applications register the module.
 */
public final class PlanDocuments {
  private PlanDocuments() {}

  /**
   * Adds the serializers and deserializers of action plans and work plans to a module.
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    module.addSerializer(ActionPlan.class,
        new DocumentSerializer<>(ActionPlan.class, ActionPlanDocument::from));
    module.addDeserializer(ActionPlan.class, DocumentDeserializer.of(ActionPlan.class,
        ActionPlanDocument.class, ActionPlanDocument::toModel));
    module.addSerializer(WorkPlan.class,
        new DocumentSerializer<>(WorkPlan.class, WorkPlanDocument::from));
    module.addDeserializer(WorkPlan.class, DocumentDeserializer.of(WorkPlan.class,
        WorkPlanDocument.class, WorkPlanDocument::toModel));
  }
}
