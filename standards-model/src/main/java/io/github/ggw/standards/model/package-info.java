/**
 * Immutable, thread-safe types of the quality-building standards of school youth-care
 * committees (关工委优质化建设): standards and their criterion trees, points, units and
 * self-assessments. No I/O and no scoring here: scoring lives in {@code standards-rules}, JSON in
 * {@code standards-json}.
 */
@ModelStyle
package io.github.ggw.standards.model;
