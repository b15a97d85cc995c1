package dev.rustdist.catalog.assessment;

import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.i18n.RequestLanguage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path("/api/v1/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment")
public class AssessmentResource {

  private final AssessmentService assessments;
  private final RequestLanguage language;

  AssessmentResource(AssessmentService assessments, RequestLanguage language) {
    this.assessments = assessments;
    this.language = language;
  }

  @GET
  @Operation(
      operationId = "getAssessment",
      summary = "Get the ecosystem assessment",
      description =
          "The document's overall assessment of Rust for distributed systems: overview,"
              + " strengths, weaknesses, trends, conclusion, the mind map's summary, and the"
              + " comparisons with Java and Go frameworks and with platforms.")
  public AssessmentView get() {
    return assessments.assessment(language.code());
  }
}
