package dev.rustdist.catalog.assessment;

import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.counterpart.Counterpart;
import dev.rustdist.catalog.crate.CrateCounterpart;
import dev.rustdist.catalog.document.DocumentTitle;
import dev.rustdist.catalog.document.MindMapNode;
import dev.rustdist.catalog.document.MindMapService;
import dev.rustdist.catalog.i18n.Translations;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Assembles the overall assessment and the comparisons that run through the whole document. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentService {

  private final MindMapService mindMaps;

  AssessmentService(MindMapService mindMaps) {
    this.mindMaps = mindMaps;
  }

  public AssessmentView assessment(String lang) {
    List<AssessmentPoint> points = AssessmentPoint.listAll(Sort.by("section").and("position"));
    List<Category> categories = Category.listAll(Sort.by("position"));
    List<CrateCounterpart> crateLinks =
        CrateCounterpart.list("order by crate.category.position, crate.position, position");
    List<AssessmentView.Comparison> comparisons =
        Counterpart.<Counterpart>listAll(Sort.by("position")).stream()
            .map(
                counterpart ->
                    new AssessmentView.Comparison(
                        counterpart.slug,
                        counterpart.name,
                        counterpart.ecosystem,
                        crateLinks.stream()
                            .filter(link -> link.counterpart.equals(counterpart))
                            .map(link -> link.crate.slug)
                            .toList(),
                        categories.stream()
                            .filter(
                                category ->
                                    category.counterparts.stream()
                                        .anyMatch(link -> link.counterpart.equals(counterpart)))
                            .map(category -> category.slug)
                            .toList(),
                        points.stream()
                            .filter(point -> point.counterparts.contains(counterpart))
                            .map(point -> point.section.code())
                            .distinct()
                            .toList()))
            .toList();
    return new AssessmentView(
        DocumentTitle.in(lang),
        section(points, AssessmentPoint.Section.OVERVIEW, lang),
        section(points, AssessmentPoint.Section.STRENGTH, lang),
        section(points, AssessmentPoint.Section.WEAKNESS, lang),
        section(points, AssessmentPoint.Section.TREND, lang),
        section(points, AssessmentPoint.Section.CONCLUSION, lang),
        branch(MindMapNode.STATE, lang),
        branch(MindMapNode.TAKEAWAY, lang),
        comparisons);
  }

  /** A branch of the mind map, its lines as points. */
  private List<AssessmentView.Point> branch(String branch, String lang) {
    return mindMaps.branch(branch, lang).stream()
        .map(text -> new AssessmentView.Point(null, text, List.of()))
        .toList();
  }

  private static List<AssessmentView.Point> section(
      List<AssessmentPoint> points, AssessmentPoint.Section section, String lang) {
    return points.stream()
        .filter(point -> point.section == section)
        .map(
            point -> {
              AssessmentPoint.Text text = Translations.in(lang, point.texts);
              return new AssessmentView.Point(
                  text.title(),
                  text.text(),
                  point.counterparts.stream().map(counterpart -> counterpart.slug).toList());
            })
        .toList();
  }
}
