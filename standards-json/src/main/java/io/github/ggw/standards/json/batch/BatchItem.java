package io.github.ggw.standards.json.batch;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import java.util.Objects;

/**
 * One self-assessment of a batch as read (批量评分的一份材料): where it was, what reading gave,
 * and its bytes, so that later problems can be located in them.
 *
 * @param index the 0-based position in the batch
 * @param source a description of the place, such as {@code batch.ndjson#17 (line 18)}
 * @param read the value or the problems of reading it
 * @param bytes the element's own JSON bytes (possibly empty when nothing could be read)
 */
public record BatchItem(long index, String source, Result<SelfAssessment> read,
    byte[] bytes) {

  /**
   * Checks that no component is null.
   *
   * @param index the {@code index} component, as described on the record
   * @param source the {@code source} component, as described on the record
   * @param read the {@code read} component, as described on the record
   * @param bytes the {@code bytes} component, as described on the record
   */
  public BatchItem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchItem b && index == b.index && source.equals(b.source)
        && read.equals(b.read) && java.util.Arrays.equals(bytes, b.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, source, read, java.util.Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "BatchItem[" + source + ", " + read + "]";
  }
}
