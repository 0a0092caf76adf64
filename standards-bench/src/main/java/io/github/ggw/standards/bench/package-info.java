/**
 * JMH benchmarks of the whole path, bytes to report, against the JSON parse itself (基准测试).
 * Not published; built only with the Maven profile {@code bench}.
 */
package io.github.ggw.standards.bench;
