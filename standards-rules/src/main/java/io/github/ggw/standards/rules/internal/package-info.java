/**
 * Not API: helpers shared by the packages of {@code standards-rules} only: the report's words
 * from the bundles and the plain rendering of decimals and parameters ({@code Texts}, {@code
 * Parameters}), readers of record components ({@code Accessors}) and direct reads of the evidence
 * records ({@code EvidenceRecords}), exact arithmetic on points in whole numbers of their smallest
 * unit ({@code Exact}, {@code PointsSum}). May use the model.
 */
package io.github.ggw.standards.rules.internal;
