package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The JSON readers the spreadsheet readers use, one per pair of limits and mode, shared by every
 * read in the JVM. A {@link StandardsJson} is immutable and thread-safe, and its Jackson mapper
 * keeps the deserializers it builds; a new reader per workbook would build them again for every
 * workbook read (the workbook benchmark's profile put that at 15% of a workbook's whole path).
 * At most {@value #LIMIT} pairs are kept; beyond them a reader is built for the call and not kept.
 * Not API.
 */
public final class SharedReaders {
  /** The most pairs of limits and mode kept. */
  static final int LIMIT = 16;

  private static final ConcurrentMap<Key, StandardsJson> READERS = new ConcurrentHashMap<>();

  private SharedReaders() {}

  private record Key(ReadLimits limits, ReadMode mode) {}

  /**
   * The shared reader of the given limits and mode.
   *
   * @param limits the reading limits, not null
   * @param mode strict or lenient, not null
   * @return a reader equal in behaviour to {@code StandardsJson.create(limits, mode)}, shared
   */
  public static StandardsJson of(ReadLimits limits, ReadMode mode) {
    Key key = new Key(Objects.requireNonNull(limits, "limits"),
        Objects.requireNonNull(mode, "mode"));
    StandardsJson known = READERS.get(key);
    if (known != null) {
      return known;
    }
    StandardsJson made = StandardsJson.create(limits, mode);
    if (READERS.size() < LIMIT) {
      StandardsJson raced = READERS.putIfAbsent(key, made);
      return raced != null ? raced : made;
    }
    return made;
  }
}
