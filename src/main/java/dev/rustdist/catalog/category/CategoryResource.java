package dev.rustdist.catalog.category;

import dev.rustdist.catalog.i18n.RequestLanguage;
import dev.rustdist.catalog.paging.Page;
import dev.rustdist.catalog.paging.PageParams;
import dev.rustdist.catalog.paging.PageRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
public class CategoryResource {

  private final CategoryService categories;
  private final RequestLanguage language;

  CategoryResource(CategoryService categories, RequestLanguage language) {
    this.categories = categories;
    this.language = language;
  }

  @GET
  @Operation(
      operationId = "listCategories",
      summary = "List categories",
      description = "The categories of the catalog in the document's order, each with its crates.")
  public Page<CategoryView> list(@BeanParam PageParams page) {
    return PageRequest.of(page).slice(categories.all(language.code()));
  }

  @GET
  @Path("/{slug}")
  @Operation(
      operationId = "getCategory",
      summary = "Get a category",
      description = "One category with its description, evaluation and crates.")
  public CategoryView get(
      @Parameter(description = "The category's slug.", example = "rpc") @PathParam("slug")
          String slug) {
    return categories.get(slug, language.code());
  }
}
