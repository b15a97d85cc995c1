package dev.rustdist.catalog.crate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A crate's record in one language, as PostgreSQL keeps it ready ({@code crate_documents()} in
 * V16): its UTF-8 bytes as the database sent them, written out as they are, never parsed or
 * decoded. {@link CrateView} describes it (the contract names it where a record is served), and
 * reads it where its fields are needed.
 *
 * @param slug the crate's slug, which the record holds too
 * @param json the record, in UTF-8
 */
public record CrateDocument(String slug, byte[] json) implements JsonSerializable {

  @Override
  public void serialize(JsonGenerator generator, SerializerProvider serializers)
      throws IOException {
    generator.writeRawValue(new Utf8(json));
  }

  @Override
  public void serializeWithType(
      JsonGenerator generator, SerializerProvider serializers, TypeSerializer types)
      throws IOException {
    serialize(generator, serializers);
  }

  /**
   * JSON text already in UTF-8, which a byte-writing generator copies into its buffer as it is; a
   * character-writing one, or a quoting caller, gets it decoded.
   */
  private record Utf8(byte[] bytes) implements SerializableString {

    @Override
    public String getValue() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return bytes;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (offset + bytes.length > buffer.length) {
        return -1;
      }
      System.arraycopy(bytes, 0, buffer, offset, bytes.length);
      return bytes.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(bytes);
      return bytes.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer out) {
      if (out.remaining() < bytes.length) {
        return -1;
      }
      out.put(bytes);
      return bytes.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      return decoded().appendUnquoted(buffer, offset);
    }

    @Override
    public char[] asQuotedChars() {
      return decoded().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
      return decoded().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return decoded().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      return decoded().appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      return decoded().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      return decoded().putQuotedUTF8(buffer);
    }

    private SerializedString decoded() {
      return new SerializedString(getValue());
    }
  }
}
