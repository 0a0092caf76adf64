/**
 * A test kit for property-based checks of scoring rules (规则属性测试工具), on QuickTheories.
 * {@link io.github.ggw.standards.testkit.Generators} is the one entry point for generators:
 * valid standards within {@link io.github.ggw.standards.testkit.StandardOptions}, valid
 * self-assessments, deliberately invalid ones of each
 * {@link io.github.ggw.standards.testkit.InvalidKind} (each naming the problem code it must
 * produce), evidence and action plans, all shrinking to small counterexamples; package-private
 * classes behind it hold each area. {@link io.github.ggw.standards.testkit.ReviewRuns} generates
 * review action sequences, and {@link io.github.ggw.standards.testkit.Contracts} checks a
 * standard file or a scorer wrapper against the invariants every scorer of this family must
 * keep. It may use the model, the rules, the JSON and sheets modules' public packages (never
 * their {@code internal} ones) and QuickTheories; use it in test scope.
 */
@ModelStyle
package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.ModelStyle;
