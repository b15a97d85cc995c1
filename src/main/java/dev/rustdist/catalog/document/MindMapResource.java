package dev.rustdist.catalog.document;

import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.i18n.RequestLanguage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path("/api/v1/mindmap")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment")
public class MindMapResource {

  private final MindMapService mindMaps;
  private final RequestLanguage language;

  MindMapResource(MindMapService mindMaps, RequestLanguage language) {
    this.mindMaps = mindMaps;
    this.language = language;
  }

  @GET
  @Operation(
      operationId = "getMindMap",
      summary = "Get the document's mind map",
      description =
          "The document's title and its mind map, every line in order as a tree: the state of the"
              + " ecosystem, the key categories and crates, and the overall evaluation. Each line"
              + " names the category, crates and assessment points it stands for.")
  public MindMapView get() {
    return mindMaps.mindMap(language.code());
  }
}
