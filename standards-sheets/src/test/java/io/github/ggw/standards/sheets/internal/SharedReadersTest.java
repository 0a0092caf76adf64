package io.github.ggw.standards.sheets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedReadersTest {
  @Test
  void equalLimitsAndModeShareOneReaderAndOtherPairsGetTheirOwn() {
    StandardsJson strict = SharedReaders.of(ReadLimits.DEFAULT, ReadMode.STRICT);
    // an equal record, not the same object: the key is by value
    ReadLimits equal = new ReadLimits(ReadLimits.DEFAULT.maxDocumentBytes(),
        ReadLimits.DEFAULT.maxNestingDepth(), ReadLimits.DEFAULT.maxStringLength(),
        ReadLimits.DEFAULT.maxNumberLength(), ReadLimits.DEFAULT.maxNameLength());
    assertThat(SharedReaders.of(equal, ReadMode.STRICT)).isSameAs(strict);
    assertThat(SharedReaders.of(ReadLimits.DEFAULT, ReadMode.LENIENT)).isNotSameAs(strict);
  }

  @Test
  void beyondTheLimitReadersAreMadeForTheCallAndNotKept() {
    Set<StandardsJson> kept = new HashSet<>();
    // LIMIT + 4 different limits: at most LIMIT of them are ever kept
    for (int i = 0; i < SharedReaders.LIMIT + 4; i++) {
      ReadLimits limits = new ReadLimits(1_000_000 + i, 64, 1_000, 40, 200);
      StandardsJson first = SharedReaders.of(limits, ReadMode.STRICT);
      if (SharedReaders.of(limits, ReadMode.STRICT) == first) {
        kept.add(first);
      }
    }
    assertThat(kept).hasSizeLessThanOrEqualTo(SharedReaders.LIMIT);
    assertThat(kept).isNotEmpty();
  }
}
