package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds line and column to problems that have a JSON pointer but no position, by reading the
 * bytes once more; called only when there are problems, so the valid path stays cheap. A pointer
 * to a member that is not there takes the position of its nearest existing parent.
 */
final class Relocator {
  private Relocator() {}

  static List<Problem> relocate(JsonMapper mapper, byte[] bytes, int offset, List<Problem> in) {
    Set<String> wanted = new HashSet<>();
    for (Problem p : in) {
      if (p.getLocation().getLine().isEmpty()) {
        p.getLocation().getPointer().ifPresent(ptr -> {
          for (String s = ptr; ; s = parent(s)) {
            wanted.add(s);
            if (s.isEmpty()) {
              break;
            }
          }
        });
      }
    }
    if (wanted.isEmpty()) {
      return in;
    }
    Map<String, int[]> found = new HashMap<>();
    try (JsonParser parser = mapper.createParser(bytes, offset, bytes.length - offset)) {
      JsonToken t;
      while ((t = parser.nextToken()) != null && found.size() < wanted.size()) {
        if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT
            || t == JsonToken.END_ARRAY) {
          continue;
        }
        String ptr = parser.streamReadContext().pathAsPointer().toString();
        if (wanted.contains(ptr) && !found.containsKey(ptr)) {
          TokenStreamLocation loc = parser.currentTokenLocation();
          found.put(ptr, new int[] {loc.getLineNr(), loc.getColumnNr()});
        }
      }
    } catch (JacksonException e) {
      // the bytes broke before every pointer was found: keep what was found
    }
    List<Problem> out = new ArrayList<>(in.size());
    for (Problem p : in) {
      Location loc = p.getLocation();
      if (loc.getLine().isEmpty() && loc.getPointer().isPresent()) {
        for (String s = loc.getPointer().get(); ; s = parent(s)) {
          int[] lc = found.get(s);
          if (lc != null && lc[0] > 0 && lc[1] > 0) {
            p = p.withLocation(loc.at(lc[0], lc[1]));
            break;
          }
          if (s.isEmpty()) {
            break;
          }
        }
      }
      out.add(p);
    }
    return out;
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
