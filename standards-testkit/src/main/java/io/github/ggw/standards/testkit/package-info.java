/**
 * A test kit for property-based checks of scoring rules (规则属性测试工具), on QuickTheories:
 * {@link io.github.ggw.standards.testkit.Generators} makes valid standards, valid and
 * deliberately invalid self-assessments and evidence, all shrinking to small counterexamples;
 * {@link io.github.ggw.standards.testkit.Contracts} checks a standard file or a scorer wrapper
 * against the invariants every scorer of this family must keep. Use it in test scope.
 */
@ModelStyle
package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.ModelStyle;
