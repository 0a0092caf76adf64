package io.github.ggw.standards.rules.menu;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.menu.ResourceMenu;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm.MaximumFlow;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Matches a needs menu to a resource menu (需求菜单与资源菜单对接) so that as many units of need
 * (sessions, hours or pairs) as possible are covered. Source: seed §三.1.
 *
 * <p>The matching is a maximum flow (JGraphT's Edmonds–Karp) in the network source → need
 * (capacity: the need's count) → resource (an edge only where {@link Resource#canServe(Need)}:
 * same category and unit, overlapping time windows; capacity: the need's count) → sink (capacity:
 * the resource's capacity). The flow's value is the largest number of units any allocation can
 * cover, so no resource gives more than its capacity and no need gets more than its count. The
 * network is built with needs and resources sorted by identifier, so the same menus always give
 * the same allocations, whatever their order.
 *
 * <p>Ties (several allocations of the same, maximum coverage) are broken by this rule: the
 * allocation is the one Edmonds–Karp's breadth-first search finds when needs and resources are
 * visited in the text order of their identifiers (codes in order); it depends on the menus'
 * contents alone. A need left partly uncovered gets its {@link Shortfall}. Thread-safe: it keeps
 * no state.
 */
public final class MenuMatcher {
  private MenuMatcher() {}

  /** A vertex of the flow network. */
  private record Node(char kind, String id) {}

  /**
   * Matches two menus.
   *
   * @param needs the needs menu, not null
   * @param resources the resource menu, not null
   * @return the allocations, the coverage of every need and the use of every resource
   * @throws io.github.ggw.standards.model.StandardsException if the two menus are of different
   *     units or years (the command line reports {@code MENUS_DO_NOT_BELONG_TOGETHER} first)
   */
  public static MatchResult match(NeedsMenu needs, ResourceMenu resources) {
    Objects.requireNonNull(needs, "needs");
    Objects.requireNonNull(resources, "resources");
    if (!needs.unit().equals(resources.unit()) || needs.year() != resources.year()) {
      throw new StandardsException("the needs menu (" + needs.unit() + ", " + needs.year()
          + ") and the resource menu (" + resources.unit() + ", " + resources.year()
          + ") belong to different units or years", String.valueOf(resources.unit()));
    }
    List<Need> ns = needs.needs().stream().sorted(Comparator.comparing(Need::id)).toList();
    List<Resource> rs = resources.resources().stream()
        .sorted(Comparator.comparing(Resource::id)).toList();
    DefaultDirectedWeightedGraph<Node, DefaultWeightedEdge> g =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    Node source = new Node('s', "");
    Node sink = new Node('t', "");
    g.addVertex(source);
    g.addVertex(sink);
    for (Need n : ns) {
      Node v = new Node('n', n.id().value());
      g.addVertex(v);
      g.setEdgeWeight(g.addEdge(source, v), n.count());
    }
    for (Resource r : rs) {
      Node v = new Node('r', r.id().value());
      g.addVertex(v);
      g.setEdgeWeight(g.addEdge(v, sink), r.capacity());
    }
    Map<DefaultWeightedEdge, Need> edgeNeed = new HashMap<>();
    Map<DefaultWeightedEdge, Resource> edgeResource = new HashMap<>();
    List<DefaultWeightedEdge> pairEdges = new ArrayList<>();
    for (Need n : ns) {
      for (Resource r : rs) {
        if (r.canServe(n)) {
          DefaultWeightedEdge e = g.addEdge(new Node('n', n.id().value()),
              new Node('r', r.id().value()));
          g.setEdgeWeight(e, n.count());
          edgeNeed.put(e, n);
          edgeResource.put(e, r);
          pairEdges.add(e);
        }
      }
    }
    MaximumFlow<DefaultWeightedEdge> flow =
        new EdmondsKarpMFImpl<>(g).getMaximumFlow(source, sink);
    List<Allocation> allocations = new ArrayList<>();
    Map<NeedId, Integer> covered = new HashMap<>();
    Map<ResourceId, Integer> used = new HashMap<>();
    for (DefaultWeightedEdge e : pairEdges) {
      // capacities are whole numbers of at most 10,000 each: the flow is exact in a double
      int amount = (int) Math.round(flow.getFlowMap().getOrDefault(e, 0.0));
      if (amount > 0) {
        Need n = edgeNeed.get(e);
        Resource r = edgeResource.get(e);
        allocations.add(new Allocation(n.id(), r.id(), amount));
        covered.merge(n.id(), amount, Integer::sum);
        used.merge(r.id(), amount, Integer::sum);
      }
    }
    return new MatchResult(needs.unit(), needs.year(), allocations,
        ns.stream().map(n -> coverage(n, covered.getOrDefault(n.id(), 0), rs)).toList(),
        rs.stream().map(r -> new ResourceUse(r, used.getOrDefault(r.id(), 0))).toList());
  }

  /** A need's coverage with the reason for what is left, if anything is. */
  private static NeedCoverage coverage(Need n, int covered, List<Resource> rs) {
    if (covered == n.count()) {
      return new NeedCoverage(n, covered, Optional.empty());
    }
    List<Resource> sameKind = rs.stream()
        .filter(r -> r.unit() == n.unit() && r.categories().contains(n.category())).toList();
    Shortfall why;
    if (sameKind.isEmpty()) {
      why = Shortfall.NO_RESOURCE_OF_CATEGORY;
    } else if (sameKind.stream().noneMatch(r -> r.canServe(n))) {
      why = Shortfall.TIME_WINDOWS_DO_NOT_MEET;
    } else {
      why = Shortfall.CAPACITY_USED_UP;
    }
    return new NeedCoverage(n, covered, Optional.of(why));
  }
}
