package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The second half of the slow path: the parsed tree without the values the walk found wrong
 * (an object member removed, an array element set to null) is bound once more, and of what that
 * binding reports only what the walk did not already say is kept — nothing at or under a value
 * taken out, no problem twice. When taking a value out stops the binding (a record missing a
 * member it needs), the value around it is taken out instead, a few times at most. Stateless.
 */
final class Repair {
  /** The most times a value around one taken out is taken out instead. */
  private static final int MAX_WIDENINGS = 20;

  /**
   * What one binding of a tree gave.
   *
   * @param problems every problem recorded, the one that stopped the binding last
   * @param stopped whether the binding stopped at a problem
   */
  record Rebound(List<Problem> problems, boolean stopped) {
    /**
     * Copies the problems.
     *
     * @param problems the {@code problems} component, as described on the record
     * @param stopped the {@code stopped} component, as described on the record
     */
    Rebound {
      problems = List.copyOf(problems);
    }
  }

  private Repair() {}

  /**
   * The problems of the repaired tree that the walk did not report.
   *
   * @param tree the parsed document, not changed
   * @param walked the walk's problems, not null
   * @param rebind binds a tree as the fast path binds bytes
   * @return the further problems, in the order the binding found them
   */
  static List<Problem> rest(JsonNode tree, List<Problem> walked,
      Function<JsonNode, Rebound> rebind) {
    Set<String> removed = new LinkedHashSet<>();
    for (Problem p : walked) {
      if (p.isError()) {
        removed.add(p.getLocation().getPointer().orElse(""));
      }
    }
    if (removed.contains("") || !(tree.isObject() || tree.isArray())) {
      // the document itself is wrong: nothing is left to bind
      return List.of();
    }
    JsonNode copy = tree.deepCopy();
    removed.forEach(ptr -> remove(copy, ptr));
    Rebound r = rebind.apply(copy);
    for (int i = 0; i < MAX_WIDENINGS && r.stopped() && !r.problems().isEmpty(); i++) {
      String at = r.problems().get(r.problems().size() - 1).getLocation().getPointer()
          .orElse(null);
      String cause = at == null ? null : cause(at, removed);
      if (cause == null) {
        break;
      }
      String parent = parentOf(cause);
      while (!parent.isEmpty() && removed.contains(parent)) {
        parent = parentOf(parent);
      }
      if (parent.isEmpty()) {
        break;
      }
      removed.add(parent);
      remove(copy, parent);
      r = rebind.apply(copy);
      }
    Set<String> said = new HashSet<>();
    walked.forEach(p -> said.add(key(p)));
    List<Problem> out = new ArrayList<>();
    for (Problem p : r.problems()) {
      String at = p.getLocation().getPointer().orElse(null);
      if (at == null || said.contains(key(p)) || enclosing(at, removed) != null) {
        continue;
      }
      said.add(key(p));
      out.add(p.withLocation(withoutPosition(p.getLocation(), at)));
    }
    return out;
  }

  /**
   * The location without line and column, which refer to the repaired bytes; they are found
   * again from the pointer in the bytes read.
   */
  private static Location withoutPosition(Location l, String pointer) {
    Location out = Location.pointer(pointer);
    return l.getCriterion().isPresent() ? out.withCriterion(l.getCriterion().get()) : out;
  }

  private static String key(Problem p) {
    return p.getCode() + " " + p.getLocation().getPointer().orElse("?");
  }

  /**
   * The pointer taken out that a pointer is, lies under, or is the parent of (a record missing
   * the member taken out), or null.
   */
  private static String enclosing(String pointer, Set<String> removed) {
    for (String w : removed) {
      if (pointer.equals(w) || pointer.startsWith(w + "/")
          || !pointer.isEmpty() && parentOf(w).equals(pointer)) {
        return w;
      }
    }
    return null;
  }

  /**
   * The pointer taken out that the binding stopped at, under, or above (a value that needs the
   * member taken out), the deepest first; or null.
   */
  private static String cause(String pointer, Set<String> removed) {
    String best = null;
    for (String w : removed) {
      boolean related = pointer.equals(w) || pointer.startsWith(w + "/")
          || w.startsWith(pointer.isEmpty() ? "/" : pointer + "/");
      if (related && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    return best;
  }

  private static String parentOf(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** Takes the value at a pointer out of the tree: an object member removed, an element nulled. */
  private static void remove(JsonNode root, String pointer) {
    JsonPointer ptr;
    try {
      ptr = JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      return;
    }
    JsonPointer last = ptr.last();
    JsonNode parent = root.at(ptr.head());
    if (last == null || parent == null) {
      return;
    }
    if (parent instanceof ObjectNode o) {
      o.remove(last.getMatchingProperty());
    } else if (parent instanceof ArrayNode a && last.getMatchingIndex() >= 0
        && last.getMatchingIndex() < a.size()) {
      a.set(last.getMatchingIndex(), a.nullNode());
    }
  }
}
