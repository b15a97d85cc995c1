package dev.rustdist.catalog.caching;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two reads of one revision the same response: the path, the query parameters as the
 * server reads them (in a canonical order, each value encoded again so that no two queries run
 * together), the language chosen and the content coding chosen. Raw header and query text, which a
 * client can vary without changing the answer, is not part of it.
 */
record ReadKey(String path, String query, String lang, String coding) {

  private static final int ENTRY_OVERHEAD = 64;

  /** The key of a request whose query the server could decode; the language already resolved. */
  static ReadKey of(HttpServerRequest request, String lang) {
    return new ReadKey(
        request.path(),
        canonical(request.params()),
        lang,
        ContentCoding.chosenFor(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
  }

  /** The same read of another path, such as the entry a write added. */
  ReadKey at(String otherPath) {
    return new ReadKey(otherPath, query, lang, coding);
  }

  /** The parameters sorted by name; the values of one name keep their order. */
  private static String canonical(MultiMap params) {
    Map<String, Iterable<String>> sorted = new TreeMap<>();
    params.names().forEach(name -> sorted.put(name, params.getAll(name)));
    StringBuilder query = new StringBuilder();
    sorted.forEach(
        (name, values) ->
            values.forEach(
                value -> {
                  if (!query.isEmpty()) {
                    query.append('&');
                  }
                  query.append(encode(name)).append('=').append(encode(value));
                }));
    return query.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** What the key takes in memory, roughly: its characters and the objects around them. */
  long bytes() {
    return path.length() + query.length() + lang.length() + coding.length() + ENTRY_OVERHEAD;
  }

  /** The key as one text, e.g. to derive an entity tag from. */
  String text() {
    return String.join("\n", path, query, lang, coding);
  }
}
