package dev.rustdist.catalog.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.caching.Dataset;
import dev.rustdist.catalog.category.CategoryService;
import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.crate.CrateQuery;
import dev.rustdist.catalog.crate.CrateService;
import dev.rustdist.catalog.document.MindMapService;
import dev.rustdist.catalog.document.MindMapView;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import dev.rustdist.catalog.vocabulary.Vocabularies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;

/** Renders the crates a query matches in one of the formats other tools read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportService {

  private final CrateService crates;
  private final CategoryService categories;
  private final MindMapService mindMaps;
  private final Vocabularies vocabularies;
  private final ObjectMapper json;

  ExportService(
      CrateService crates,
      CategoryService categories,
      MindMapService mindMaps,
      Vocabularies vocabularies,
      ObjectMapper json) {
    this.crates = crates;
    this.categories = categories;
    this.mindMaps = mindMaps;
    this.vocabularies = vocabularies;
    this.json = json;
  }

  public static ExportFormat format(String code) {
    return ExportFormat.of(code)
        .orElseThrow(
            () -> new ResourceNotFoundException("export format", code, ExportFormat.codes()));
  }

  public String export(ExportFormat format, CrateQuery query, String lang) {
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
            Dataset.current().modifiedAt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    return switch (format) {
      case BACKSTAGE_TECH_RADAR -> write(BackstageTechRadar.of(export));
      case BYOR_CSV -> ByorRadar.csv(export);
      case BYOR_JSON -> write(ByorRadar.rows(export));
      case MARKDOWN -> MarkdownList.of(export);
      case MERMAID_MINDMAP -> MermaidMindmap.of(export);
    };
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an export could not be written as JSON", e);
    }
  }
}
