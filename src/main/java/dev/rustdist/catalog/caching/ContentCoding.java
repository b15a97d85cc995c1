package dev.rustdist.catalog.caching;

import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;

/**
 * The content coding the HTTP server compresses an answer with, given the client's Accept-Encoding:
 * gzip, deflate or identity. Decided by Netty's own negotiation, the one the server runs, so that a
 * request is known by the coding it gets rather than by the header's raw text, which a client can
 * vary without end.
 */
final class ContentCoding {

  static final String IDENTITY = "identity";

  private static final Negotiation NEGOTIATION = new Negotiation();

  private ContentCoding() {}

  static String chosenFor(String acceptEncoding) {
    if (acceptEncoding == null || acceptEncoding.isBlank()) {
      return IDENTITY;
    }
    String chosen = NEGOTIATION.chosen(acceptEncoding);
    return chosen == null ? IDENTITY : chosen;
  }

  /** Only its negotiation is used; it never joins a channel pipeline. */
  private static final class Negotiation extends HttpContentCompressor {

    Negotiation() {
      super(StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate());
    }

    String chosen(String acceptEncoding) {
      return determineEncoding(acceptEncoding);
    }
  }
}
