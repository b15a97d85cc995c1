package dev.rustdist.catalog.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.assessment.AssessmentService;
import dev.rustdist.catalog.caching.Dataset;
import dev.rustdist.catalog.category.CategoryService;
import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.crate.CrateQuery;
import dev.rustdist.catalog.crate.CrateService;
import dev.rustdist.catalog.crate.CrateView;
import dev.rustdist.catalog.curation.ChangeLog;
import dev.rustdist.catalog.document.MindMapService;
import dev.rustdist.catalog.document.MindMapView;
import dev.rustdist.catalog.problem.InvalidParameterException;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import dev.rustdist.catalog.vocabulary.Vocabularies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the crates a query matches in one of the formats other tools read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportService {

  private final CrateService crates;
  private final CategoryService categories;
  private final MindMapService mindMaps;
  private final AssessmentService assessments;
  private final Vocabularies vocabularies;
  private final ChangeLog changes;
  private final ObjectMapper json;

  ExportService(
      CrateService crates,
      CategoryService categories,
      MindMapService mindMaps,
      AssessmentService assessments,
      Vocabularies vocabularies,
      ChangeLog changes,
      ObjectMapper json) {
    this.crates = crates;
    this.categories = categories;
    this.mindMaps = mindMaps;
    this.assessments = assessments;
    this.vocabularies = vocabularies;
    this.changes = changes;
    this.json = json;
  }

  public static ExportFormat format(String code) {
    return ExportFormat.of(code)
        .orElseThrow(
            () -> new ResourceNotFoundException("export format", code, ExportFormat.codes()));
  }

  /**
   * The export; {@code quadrants} chooses the quadrant names of a Build Your Own Radar export
   * ({@code byor}, the default, or {@code categories}) and is refused with the other formats.
   */
  public String export(ExportFormat format, CrateQuery query, String quadrants, String lang) {
    boolean byor = format == ExportFormat.BYOR_CSV || format == ExportFormat.BYOR_JSON;
    if (quadrants != null && !byor) {
      throw new InvalidParameterException(
          ByorQuadrants.PARAMETER, quadrants, "applies only to the byor-csv and byor-json formats");
    }
    ByorQuadrants byorQuadrants = ByorQuadrants.of(quadrants);
    List<CategoryView> all = categories.all(lang);
    MindMapView mindMap = mindMaps.mindMap(lang);
    CatalogExport export =
        new CatalogExport(
            mindMap.title(),
            mindMap,
            crates.all(query, lang),
            all,
            Quadrant.of(all),
            vocabularies.maturityLevels(lang),
            vocabularies.rings(lang),
            ExportLabels.in(lang));
    return switch (format) {
      case BACKSTAGE_TECH_RADAR -> write(BackstageTechRadar.of(export, lastChanged(export)));
      case BYOR_CSV -> ByorRadar.csv(export, byorQuadrants);
      case BYOR_JSON -> write(ByorRadar.rows(export, byorQuadrants));
      case MARKDOWN -> MarkdownList.of(export, assessments.assessment(lang));
      case MERMAID_MINDMAP -> MermaidMindmap.of(export);
    };
  }

  /**
   * When each crate last changed: its last write, or, for a crate no write has touched, when the
   * catalog was seeded; so that a write dates the crate written and no other.
   */
  private Map<String, OffsetDateTime> lastChanged(CatalogExport export) {
    List<String> slugs = export.crates().stream().map(CrateView::slug).toList();
    Map<String, OffsetDateTime> written = changes.lastWritten("crate", slugs);
    OffsetDateTime seeded = Dataset.current().seededAt;
    Map<String, OffsetDateTime> lastChanged = new LinkedHashMap<>();
    slugs.forEach(
        slug ->
            lastChanged.put(
                slug, written.getOrDefault(slug, seeded).withOffsetSameInstant(ZoneOffset.UTC)));
    return lastChanged;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an export could not be written as JSON", e);
    }
  }
}
