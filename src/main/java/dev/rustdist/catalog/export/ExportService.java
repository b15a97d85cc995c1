package dev.rustdist.catalog.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.assessment.AssessmentService;
import dev.rustdist.catalog.category.CategoryService;
import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.crate.CrateQuery;
import dev.rustdist.catalog.crate.CrateService;
import dev.rustdist.catalog.crate.CrateView;
import dev.rustdist.catalog.curation.EditionView;
import dev.rustdist.catalog.curation.Editions;
import dev.rustdist.catalog.document.MindMapService;
import dev.rustdist.catalog.document.MindMapView;
import dev.rustdist.catalog.history.PastRevision;
import dev.rustdist.catalog.history.RingHistory;
import dev.rustdist.catalog.problem.InvalidParameterException;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import dev.rustdist.catalog.vocabulary.Vocabularies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Renders the crates a query matches in one of the formats other tools read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportService {

  private final CrateService crates;
  private final CategoryService categories;
  private final MindMapService mindMaps;
  private final AssessmentService assessments;
  private final Vocabularies vocabularies;
  private final RingHistory rings;
  private final Editions editions;
  private final ObjectMapper json;

  ExportService(
      CrateService crates,
      CategoryService categories,
      MindMapService mindMaps,
      AssessmentService assessments,
      Vocabularies vocabularies,
      RingHistory rings,
      Editions editions,
      ObjectMapper json) {
    this.crates = crates;
    this.categories = categories;
    this.mindMaps = mindMaps;
    this.assessments = assessments;
    this.vocabularies = vocabularies;
    this.rings = rings;
    this.editions = editions;
    this.json = json;
  }

  public static ExportFormat format(String code) {
    return ExportFormat.of(code)
        .orElseThrow(
            () -> new ResourceNotFoundException("export format", code, ExportFormat.codes()));
  }

  /**
   * The export, of the catalog now or as it was at a past revision; {@code quadrants} chooses the
   * quadrant names of a Build Your Own Radar export ({@code byor}, the default, or {@code
   * categories}) and is refused with the other formats. The tech-radar formats compare each crate
   * with the revision {@code since} names, or else with the latest edition before the export's
   * revision, or else with the first revision kept.
   */
  public String export(
      ExportFormat format,
      CrateQuery query,
      String quadrants,
      String lang,
      Optional<PastRevision> asOf,
      Optional<PastRevision> since) {
    boolean byor = format == ExportFormat.BYOR_CSV || format == ExportFormat.BYOR_JSON;
    if (quadrants != null && !byor) {
      throw new InvalidParameterException(
          ByorQuadrants.PARAMETER, quadrants, "applies only to the byor-csv and byor-json formats");
    }
    boolean radar = byor || format == ExportFormat.BACKSTAGE_TECH_RADAR;
    if (since.isPresent() && !radar) {
      throw new InvalidParameterException(
          "since",
          since.get().number() + "",
          "applies only to the backstage-tech-radar, byor-csv and byor-json formats");
    }
    ByorQuadrants byorQuadrants = ByorQuadrants.of(quadrants);
    List<CategoryView> all =
        asOf.map(past -> categories.allAsOf(past, lang)).orElseGet(() -> categories.all(lang));
    MindMapView mindMap = mindMaps.mindMap(lang);
    CatalogExport export =
        new CatalogExport(
            mindMap.title(),
            mindMap,
            asOf.map(past -> crates.allAsOf(past, query, lang))
                .orElseGet(() -> crates.all(query, lang)),
            all,
            Quadrant.of(all),
            vocabularies.maturityLevels(lang),
            vocabularies.rings(lang),
            ExportLabels.in(lang));
    return switch (format) {
      case BACKSTAGE_TECH_RADAR ->
          write(BackstageTechRadar.of(export, moves(export, asOf, since, lang)));
      case BYOR_CSV -> ByorRadar.csv(export, byorQuadrants, moves(export, asOf, since, lang));
      case BYOR_JSON ->
          write(ByorRadar.rows(export, byorQuadrants, moves(export, asOf, since, lang)));
      case MARKDOWN -> MarkdownList.of(export, assessments.assessment(lang));
      case MERMAID_MINDMAP -> MermaidMindmap.of(export);
    };
  }

  /** How the exported crates moved up to the export's revision, since the one compared with. */
  private RadarMoves moves(
      CatalogExport export,
      Optional<PastRevision> asOf,
      Optional<PastRevision> since,
      String lang) {
    long at = asOf.map(PastRevision::number).orElseGet(rings::current);
    long then =
        since
            .map(PastRevision::number)
            .or(() -> editions.before(at).map(EditionView::revision))
            .orElseGet(rings::first);
    if (then > at) {
      throw new InvalidParameterException(
          "since", Long.toString(then), "must name a revision no later than the export's, " + at);
    }
    List<String> slugs = export.crates().stream().map(CrateView::slug).toList();
    return new RadarMoves(rings.entries(at, slugs, lang), rings.ringsAt(then, lang), then < at);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an export could not be written as JSON", e);
    }
  }
}
