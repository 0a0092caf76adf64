package io.github.ggw.standards.json.internal;

/**
 * The JSON shape of a computed result written for people and programs: the header and the
 * result, such as {@code {"kind": "plan-progress", "formatVersion": 1, "result": {...}}}.
 *
 * @param kind the kind: {@code plan-progress}, {@code district-summary} or {@code menu-match}
 * @param formatVersion the format version, 1
 * @param result the result
 * @param <T> the result type
 */
public record OutputDocument<T>(String kind, int formatVersion, T result) {}
