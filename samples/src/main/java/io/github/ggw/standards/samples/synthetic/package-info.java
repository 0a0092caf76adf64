/**
 * Synthetic, valid data for batch runs and benchmarks (合成数据): deterministic self-assessments
 * of fictional units for a given standard, and generated standards of a chosen size. Modelled
 * data, not observations.
 */
package io.github.ggw.standards.samples.synthetic;
