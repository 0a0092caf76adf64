package io.github.ggw.standards.rules.measure;

import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.internal.EvidenceRecords;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The evidence of one assessment that measures may count: standing facts, and dated facts whose
 * date falls in the assessment year: the calendar year of the date as written (a {@code
 * LocalDate}, so no time zone is involved; see docs/measures.md, “Which evidence counts: the
 * assessment year”). Dated facts outside the year are left out here and reported as warnings by
 * {@link AssessmentChecker}.
 *
 * <p>An index, built in one pass over the evidence when the view is made: the records of each
 * evidence kind (each permitted record type of the sealed {@link Evidence}), in the year and in
 * every year, so that a measure reads its kind's slice ({@link #list(Class)}) without going over
 * the other records. Build one per scoring call; it holds nothing beyond that call's evidence.
 * Immutable and thread-safe.
 */
public final class EvidenceInYear {
  /** The record types of evidence, in the order the sealed interface permits them. */
  private static final Class<?>[] KINDS = Evidence.class.getPermittedSubclasses();

  /** For a class, the index in {@link #KINDS} of the kind it is (or implements), else -1. */
  private static final ClassValue<Integer> SLOT = new ClassValue<>() {
    @Override
    protected Integer computeValue(Class<?> type) {
      for (int i = 0; i < KINDS.length; i++) {
        if (KINDS[i].isAssignableFrom(type)) {
          return i;
        }
      }
      return -1;
    }
  };

  private final int year;
  private final boolean onlyTheYear;
  /** Every piece of evidence, in the order given. */
  private final List<Evidence> everything;
  /** The counted records of each kind, by the kind's index in {@link #KINDS}; never null. */
  private final List<?>[] slices;
  /** The view over every year: this one when it counts every year or no record is outside. */
  private final EvidenceInYear anyYear;

  private EvidenceInYear(int year, boolean onlyTheYear, List<Evidence> everything,
      List<?>[] slices, EvidenceInYear anyYear) {
    this.year = year;
    this.onlyTheYear = onlyTheYear;
    this.everything = everything;
    this.slices = slices;
    this.anyYear = anyYear == null ? this : anyYear;
  }

  /**
   * Selects the evidence of a year, indexing it by kind in one pass.
   *
   * @param year the assessment year
   * @param all every piece of evidence, not null (nor any element)
   * @return the view
   */
  public static EvidenceInYear of(int year, List<Evidence> all) {
    // (held as Object[]: copying into and storing into an Evidence[] checks each element
    // against the interface, which no Object[] needs)
    Object[] records = all.toArray();
    List<Evidence> everything = new Slice<>(records, 0, records.length);
    // one pass to find each record's kind and year and count the slices, then each slice is
    // filled at its exact size
    int[] slotOf = new int[records.length];
    boolean[] inTheYear = new boolean[records.length];
    int[] anyYearCount = new int[KINDS.length];
    int[] inYearCount = new int[KINDS.length];
    boolean outside = false;
    for (int i = 0; i < records.length; i++) {
      Object e = records[i];
      // the kind and the date of a record in one step (see kindOf): no lookup by class and no
      // Optional for the date
      long kindAndDay = kindOf(e);
      int slot = (int) (kindAndDay >> 32);
      slotOf[i] = slot;
      if (slot < 0) {
        continue;
      }
      anyYearCount[slot]++;
      int dateYear = (int) kindAndDay;
      if (dateYear == UNDATED || dateYear == year) {
        inTheYear[i] = true;
        inYearCount[slot]++;
      } else {
        outside = true;
      }
    }
    List<?>[] every = slices(records, slotOf, null, anyYearCount);
    EvidenceInYear allYears = new EvidenceInYear(year, false, everything, every, null);
    return outside
        ? new EvidenceInYear(year, true, everything,
            slices(records, slotOf, inTheYear, inYearCount), allYears)
        : new EvidenceInYear(year, true, everything, every, allYears);
  }

  /** The year {@link #kindOf} gives a standing fact: no date. */
  static final int UNDATED = Integer.MIN_VALUE;

  /**
   * For each kind number of {@link EvidenceRecords#kindOf} (the registry's order), the kind's
   * index in {@link #KINDS} (the order the sealed interface permits its records).
   */
  private static final int[] SLOT_OF_KIND = new int[EvidenceRecords.KINDS];

  static {
    List<EvidenceKind> kinds = EvidenceKinds.all();
    for (int k = 0; k < SLOT_OF_KIND.length; k++) {
      SLOT_OF_KIND[k] = SLOT.get(kinds.get(k).recordClass());
    }
  }

  /**
   * A record's kind and the year of its date, as {@link Evidence#dated()} gives it, in one
   * {@code long}: the kind's index in {@link #KINDS} in the high word (-1 for no kind), the year
   * in the low word ({@link #UNDATED} for a standing fact). The permitted records are told apart
   * by the {@code instanceof} chain of {@link EvidenceRecords}, which reads each one's own date
   * component, so that neither a class lookup nor the interface call (and its {@code Optional}) is
   * paid; an object the chain does not name (none, as a test checks for every permitted record)
   * is served by the lookup and {@link Evidence#dated()}.
   *
   * @param e a record, not null
   * @return the kind and the year, packed
   */
  static long kindOf(Object e) {
    long named = namedKindOf(e);
    return named != UNNAMED ? named : generalKindOf((Evidence) e);
  }

  /** What {@link #namedKindOf} gives a record its chain does not name. */
  static final long UNNAMED = Long.MIN_VALUE;

  /**
   * {@link #kindOf} for the records the {@code instanceof} chain names.
   *
   * @param e a record, not null
   * @return the kind and the year, packed; {@link #UNNAMED} for a record the chain does not name
   */
  static long namedKindOf(Object e) {
    if (!(e instanceof Evidence r)) {
      return UNNAMED;
    }
    int kind = EvidenceRecords.kindOf(r);
    LocalDate date = EvidenceRecords.dated(r, kind);
    return pack(SLOT_OF_KIND[kind], date == null ? UNDATED : date.getYear());
  }

  /** {@link #kindOf} by the class lookup and {@link Evidence#dated()}: the plain way. */
  static long generalKindOf(Evidence e) {
    int slot = SLOT.get(e.getClass());
    Optional<LocalDate> dated = slot < 0 ? Optional.empty() : e.dated();
    return pack(slot, dated.isEmpty() ? UNDATED : dated.get().getYear());
  }

  private static long pack(int slot, int year) {
    return ((long) slot << 32) | (year & 0xFFFFFFFFL);
  }

  /**
   * The slices of the records: for each kind, its records (those {@code taken}, or all when it is
   * null) in the order given, in a list of the exact size counted: all of them views of one array
   * holding the records kind by kind (a counting sort).
   */
  private static List<?>[] slices(Object[] records, int[] slotOf, boolean[] taken,
      int[] counts) {
    int[] start = new int[counts.length + 1];
    for (int k = 0; k < counts.length; k++) {
      start[k + 1] = start[k] + counts[k];
    }
    Object[] sorted = new Object[start[counts.length]];
    int[] filled = Arrays.copyOf(start, counts.length);
    for (int i = 0; i < records.length; i++) {
      int slot = slotOf[i];
      if (slot < 0 || taken != null && !taken[i]) {
        continue;
      }
      sorted[filled[slot]++] = records[i];
    }
    List<?>[] out = new List<?>[counts.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = counts[k] == 0 ? List.of() : new Slice<Evidence>(sorted, start[k], counts[k]);
    }
    return out;
  }

  /**
   * An unmodifiable view of {@code size} elements of an array from {@code from}, which no one
   * writes after the view is made; every element is an {@code E} (the index put it there).
   */
  private static final class Slice<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] array;
    private final int from;
    private final int size;

    Slice(Object[] array, int from, int size) {
      this.array = array;
      this.from = from;
      this.size = size;
    }

    @SuppressWarnings("unchecked")
    private E at(int i) {
      return (E) array[i];
    }

    @Override
    public E get(int index) {
      Objects.checkIndex(index, size);
      return at(from + index);
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<E> iterator() {
      return new Iterator<>() {
        private int next = from;

        @Override
        public boolean hasNext() {
          return next < from + size;
        }

        @Override
        public E next() {
          if (next >= from + size) {
            throw new NoSuchElementException();
          }
          return at(next++);
        }
      };
    }

    @Override
    public void forEach(Consumer<? super E> action) {
      Objects.requireNonNull(action, "action");
      for (int i = from; i < from + size; i++) {
        action.accept(at(i));
      }
    }

    @Override
    public Object[] toArray() {
      return Arrays.copyOfRange(array, from, from + size, Object[].class);
    }
  }

  /**
   * The same evidence with dated facts of every year counted, for a measure given {@code
   * withinYear = false} (such as a title won before the assessment year).
   *
   * @return a view over all the evidence (the same object on every call)
   */
  public EvidenceInYear anyYear() {
    return anyYear;
  }

  /**
   * Whether this is the view of the assessment year (its lists hold only records of the year, by
   * {@link Evidence#dated()}, and standing facts), not the view of every year.
   */
  boolean holdsOnlyTheYear() {
    return onlyTheYear;
  }

  /**
   * The assessment year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The counted evidence of one type.
   *
   * @param <E> the type
   * @param type the record class, such as {@code ThemedActivity.class}
   * @return the matching evidence, in the order given
   */
  public <E extends Evidence> Stream<E> all(Class<E> type) {
    return list(type).stream();
  }

  /**
   * The counted evidence of one type, as the index holds it: for an evidence kind's record
   * class, its slice, without a pass over the other records.
   *
   * @param <E> the type
   * @param type the record class, such as {@code ThemedActivity.class}; any other type of
   *     evidence (such as {@code Evidence.class}) is served by a pass over all the counted records
   * @return the matching evidence, in the order given; unmodifiable, never null
   */
  public <E extends Evidence> List<E> list(Class<E> type) {
    return slice(slotOf(type), type);
  }

  /**
   * The slot of an evidence kind's record class in every index, for {@link #slice}: found once
   * (by a measure when it is compiled) rather than on every call of {@link #list}.
   *
   * @param type a record class, not null
   * @return its slot, or -1 for a type that is not a permitted record class itself
   */
  static int slotOf(Class<?> type) {
    int slot = SLOT.get(type);
    return slot >= 0 && KINDS[slot] == type ? slot : -1;
  }

  /**
   * {@link #list} of a type whose slot is known: the slice of a record class, else a pass over
   * all the counted records.
   *
   * @param slot {@link #slotOf} of {@code type}
   * @param type the type
   * @return what {@code list(type)} returns
   */
  @SuppressWarnings("unchecked")
  <E extends Evidence> List<E> slice(int slot, Class<E> type) {
    if (slot >= 0) {
      return (List<E>) slices[slot];
    }
    return everything.stream()
        .filter(e -> !onlyTheYear || e.dated().map(d -> d.getYear() == year).orElse(true))
        .filter(type::isInstance).map(type::cast).toList();
  }
}
