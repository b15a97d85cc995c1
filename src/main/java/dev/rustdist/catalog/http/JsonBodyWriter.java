package dev.rustdist.catalog.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes JSON bodies as UTF-8 bytes straight into the response. Quarkus' own writer, whenever a
 * writer interceptor is present (as the snapshots' is), writes the whole body into a String first
 * and encodes that: twice the work and the garbage for every answer, most of a page's time once its
 * crates' records come ready from the database.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyWriter implements MessageBodyWriter<Object> {

  private final ObjectWriter writer;

  JsonBodyWriter(ObjectMapper json) {
    // the response's stream is closed by the server, when the body is complete
    this.writer = json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    // text and bytes are bodies already, written as they are by the server's own writers
    return !CharSequence.class.isAssignableFrom(type)
        && type != byte[].class
        && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || mediaType.getSubtype().endsWith("+json"));
  }

  @Override
  public void writeTo(
      Object value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream body)
      throws IOException {
    if (!headers.containsKey(HttpHeaders.CONTENT_TYPE)) {
      headers.putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
    }
    writer.writeValue(body, value);
  }
}
