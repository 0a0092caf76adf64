/**
 * JMH benchmarks of the whole path, bytes to report, against the JSON parse itself (基准测试),
 * on the bundled standard and on the test kit's synthetic standards of 15, 60 and 240 criteria;
 * the same path from a self-assessment workbook against POI's own parse of the XLSX.
 * It may use the library's public packages and the test kit's synthetic data, never the command
 * line (module {@code samples}). Not published; built only with the Maven profile
 * {@code bench}.
 */
package io.github.ggw.standards.bench;
