package dev.rustdist.catalog.crate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/**
 * A crate's record in one language, as PostgreSQL keeps it ready ({@code crate_documents()} in
 * V14): written out as it was read, never parsed. {@link CrateView} describes it (the contract
 * names it where a record is served), and reads it where its fields are needed.
 *
 * @param slug the crate's slug, which the record holds too
 * @param json the record
 */
public record CrateDocument(String slug, String json) implements JsonSerializable {

  @Override
  public void serialize(JsonGenerator generator, SerializerProvider serializers)
      throws IOException {
    generator.writeRawValue(json);
  }

  @Override
  public void serializeWithType(
      JsonGenerator generator, SerializerProvider serializers, TypeSerializer types)
      throws IOException {
    serialize(generator, serializers);
  }
}
