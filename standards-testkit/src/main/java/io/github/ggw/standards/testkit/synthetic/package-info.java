/**
 * Synthetic, valid data for batch runs and benchmarks (合成数据): deterministic self-assessments
 * of fictional units for a given standard (the {@code i}-th of a seed is always the same, drawn
 * from {@link java.util.SplittableRandom}, not QuickTheories, so they neither shrink nor depend
 * on a test run), and generated standards of a chosen size. The command line's
 * {@code generate} command and the JMH benchmarks use them. Modelled data, not observations. It
 * may use the model and the rules' public packages only: no JSON, no QuickTheories.
 */
package io.github.ggw.standards.testkit.synthetic;
