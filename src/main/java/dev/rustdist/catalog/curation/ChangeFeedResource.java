package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.caching.ReadsOneRevision;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path(ChangeFeed.PATH)
@Tag(name = "Changes")
public class ChangeFeedResource {

  private final ChangeFeed feed;

  ChangeFeedResource(ChangeFeed feed) {
    this.feed = feed;
  }

  @GET
  @Produces(ChangeFeed.MEDIA_TYPE)
  @Operation(
      operationId = "changeFeed",
      summary = "Follow the changes in a feed reader",
      description =
          """
          An Atom 1.0 feed (RFC 4287) of the latest changes, newest first: 50 unless the service \
          is configured otherwise (`catalog.changes.atom.entries`). Each entry is one change: its \
          id `urn:rust-dist-catalog:change:<id>`, a title such as `update crate tokio (revision \
          57)`, when it was made, its author (the curator), its maturity and ring moves as the \
          summary, and a link to the entry (to its history, for a removal). Links are relative \
          to the feed's address, or to the `xml:base` the feed names when the service knows its \
          public URL. The feed's `updated` is its newest change's time.""")
  @APIResponse(
      responseCode = "200",
      description = "The feed.",
      content =
          @Content(
              mediaType = ChangeFeed.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING),
              example =
                  """
                  <?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">\
                  <id>urn:rust-dist-catalog:changes</id><title>rust-dist-catalog: changes</title>\
                  <updated>2026-03-02T10:15:30.12Z</updated>\
                  <link rel="self" href="/api/v1/changes.atom"/>\
                  <author><name>rust-dist-catalog</name></author>\
                  <entry><id>urn:rust-dist-catalog:change:42</id>\
                  <title>update crate tokio (revision 57)</title>\
                  <updated>2026-03-02T10:15:30.12Z</updated>\
                  <author><name>alice@example.org</name></author>\
                  <link rel="alternate" href="/api/v1/crates/tokio"/>\
                  <summary>ring: trial → adopt</summary></entry></feed>"""))
  public String feed() {
    return feed.latest();
  }
}
