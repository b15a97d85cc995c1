package dev.rustdist.catalog.vocabulary;

import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.i18n.RequestLanguage;
import dev.rustdist.catalog.paging.Page;
import dev.rustdist.catalog.paging.PageParams;
import dev.rustdist.catalog.paging.PageRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies")
public class VocabularyResource {

  private final Vocabularies vocabularies;
  private final RequestLanguage language;

  VocabularyResource(Vocabularies vocabularies, RequestLanguage language) {
    this.vocabularies = vocabularies;
    this.language = language;
  }

  @GET
  @Path("/maturity-levels")
  @Operation(
      operationId = "listMaturityLevels",
      summary = "List maturity levels",
      description =
          "The maturity scale, from `experimental` to `standard`, with each level's meaning.")
  public Page<TermView> maturityLevels(@BeanParam PageParams page) {
    return PageRequest.of(page).slice(vocabularies.maturityLevels(language.code()));
  }

  @GET
  @Path("/rings")
  @Operation(
      operationId = "listRings",
      summary = "List rings",
      description = "The tech-radar rings, from `adopt` to `hold`, with each ring's meaning.")
  public Page<TermView> rings(@BeanParam PageParams page) {
    return PageRequest.of(page).slice(vocabularies.rings(language.code()));
  }
}
