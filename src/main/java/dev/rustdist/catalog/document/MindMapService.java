package dev.rustdist.catalog.document;

import dev.rustdist.catalog.i18n.Translations;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the document's mind map, whole, and the lines of its branches. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MindMapService {

  public MindMapView mindMap(String lang) {
    List<MindMapNode> nodes = MindMapNode.listAll(Sort.by("line"));
    Map<MindMapNode, List<MindMapNode>> children =
        nodes.stream()
            .filter(node -> node.parent != null)
            .collect(Collectors.groupingBy(node -> node.parent));
    MindMapNode root = nodes.stream().filter(node -> node.parent == null).findFirst().orElseThrow();
    return new MindMapView(DocumentTitle.in(lang), view(root, children, lang));
  }

  /** The texts of the lines directly under a branch, in the document's order. */
  public List<String> branch(String branch, String lang) {
    return MindMapNode.<MindMapNode>list("parent.branch", Sort.by("line"), branch).stream()
        .map(node -> Translations.in(lang, node.texts))
        .toList();
  }

  private static MindMapView.Node view(
      MindMapNode node, Map<MindMapNode, List<MindMapNode>> children, String lang) {
    return new MindMapView.Node(
        Translations.in(lang, node.texts),
        node.category == null ? null : node.category.slug,
        node.crates.stream().map(crate -> crate.slug).toList(),
        node.points.stream()
            .map(point -> new MindMapView.PointRef(point.section.code(), point.position))
            .toList(),
        children.getOrDefault(node, List.of()).stream()
            .map(child -> view(child, children, lang))
            .toList());
  }
}
