package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.FindingPlaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON places of a standard's findings: a finding the checks locate at an item code only
 * gets the pointer of the member of that item it is about ({@link FindingPlaces}), keeping the
 * code; the reader then adds the pointer's line and column. A code written twice points to its
 * second place when the finding is the duplicate itself, else to its first.
 */
final class FindingPointers {
  private final Map<CriterionCode, List<String>> places = new HashMap<>();

  /** The places of every item of the dimensions as read, in document order. */
  FindingPointers(List<CriterionDocument> dimensions) {
    if (dimensions != null) {
      for (int i = 0; i < dimensions.size(); i++) {
        walk(dimensions.get(i), "/dimensions/" + i);
      }
    }
  }

  private void walk(CriterionDocument d, String at) {
    if (d == null) {
      return;
    }
    if (d.code != null) {
      places.computeIfAbsent(d.code, k -> new ArrayList<>()).add(at);
    }
    if (d.children != null) {
      for (int i = 0; i < d.children.size(); i++) {
        walk(d.children.get(i), at + "/children/" + i);
      }
    }
  }

  /**
   * A finding at its JSON place.
   *
   * @param p a finding, not null
   * @return the finding with the pointer of its item's member, or unchanged when it has a pointer
   *     already, is not about an item, or the item is not in the document
   */
  Problem locate(Problem p) {
    Location loc = p.getLocation();
    if (loc.getPointer().isPresent() || loc.getLine().isPresent()
        || loc.getCriterion().isEmpty()) {
      return p;
    }
    List<String> at = places.get(loc.getCriterion().get());
    if (at == null) {
      return p;
    }
    boolean second = p.getCode() == ProblemCode.STANDARD_DUPLICATE_CODE && at.size() > 1
        && p.getOffendingValue().filter(loc.getCriterion().get().toString()::equals).isPresent();
    String item = second ? at.get(1) : at.get(0);
    String pointer = FindingPlaces.member(p).map(m -> item + "/" + m).orElse(item);
    return p.withLocation(Location.pointer(pointer).withCriterion(loc.getCriterion().get()));
  }
}
