/**
 * The model's root (模型): the values every part shares — exact {@link
 * io.github.ggw.standards.model.Points}, zh-CN/en texts, the labels of enumerations, the message
 * bundles, the Immutables style and the root exception — above the packages by concern: {@code
 * standard} (scoring sheets), {@code assessment} (self-assessments), {@code evidence}, {@code
 * rule}, {@code plan}, {@code workflow}, {@code menu} and {@code problem}. Immutable,
 * thread-safe types; no I/O, no scoring, no JSON. The model depends on no other module of the
 * project: only Guava and the Bean Validation API.
 */
@ModelStyle
package io.github.ggw.standards.model;
