package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import dev.rustdist.catalog.problem.UnreadableBodyException;
import dev.rustdist.catalog.vocabulary.Term;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Reads a write's body as its kind's input, going on past what does not fit: a property the input
 * does not have, a value that is not one of its vocabulary's, a value of the wrong type. Each is a
 * broken rule of the body's {@link BodyCheck}, where it is and what is allowed there, and reads as
 * absent, so that the rest of the body is still read and checked and one answer lists all of it.
 */
final class BodyShape {

  private BodyShape() {}

  static <I> I read(ObjectMapper json, JsonNode body, Class<I> type, BodyCheck check) {
    try {
      return json.readerFor(type)
          .with(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .withHandler(new Misfits(check))
          .readValue(body);
    } catch (JsonProcessingException unexpected) {
      throw new UnreadableBodyException(unexpected);
    } catch (IOException unreadable) {
      throw new IllegalStateException("a JSON tree could not be read", unreadable);
    }
  }

  /** Notes each misfit as a broken rule and reads it as absent. */
  private static final class Misfits extends DeserializationProblemHandler {

    private final BodyCheck check;

    Misfits(BodyCheck check) {
      this.check = check;
    }

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext context,
        JsonParser parser,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      List<String> known =
          deserializer.getKnownPropertyNames().stream().map(String::valueOf).sorted().toList();
      check.broken(
          join(containerPath(parser), propertyName),
          "is not a property here; the properties are " + String.join(", ", known),
          known);
      parser.skipChildren();
      return true;
    }

    @Override
    public Object handleWeirdStringValue(
        DeserializationContext context, Class<?> targetType, String value, String failureMsg) {
      return misfit(context.getParser(), targetType);
    }

    @Override
    public Object handleWeirdNumberValue(
        DeserializationContext context, Class<?> targetType, Number value, String failureMsg) {
      return misfit(context.getParser(), targetType);
    }

    @Override
    public Object handleUnexpectedToken(
        DeserializationContext context,
        JavaType targetType,
        JsonToken token,
        JsonParser parser,
        String failureMsg)
        throws IOException {
      Object absent = misfit(parser, targetType.getRawClass());
      parser.skipChildren();
      return absent;
    }

    @Override
    public Object handleMissingInstantiator(
        DeserializationContext context,
        Class<?> instClass,
        ValueInstantiator instantiator,
        JsonParser parser,
        String failureMsg)
        throws IOException {
      Object absent = misfit(parser, instClass);
      parser.skipChildren();
      return absent;
    }

    private Object misfit(JsonParser parser, Class<?> expected) {
      if (expected.isEnum()) {
        List<String> codes =
            Arrays.stream(expected.getEnumConstants())
                .map(term -> term instanceof Term known ? known.code() : term.toString())
                .toList();
        check.broken(valuePath(parser), "must be one of " + String.join(", ", codes), codes);
      } else {
        check.broken(valuePath(parser), "must be " + kindOf(expected), List.of());
      }
      return null;
    }
  }

  private static String kindOf(Class<?> type) {
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date, YYYY-MM-DD";
    }
    return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "of another type";
  }

  /** Where the value the parser is at sits in the body, e.g. {@code pros[0].zh}. */
  private static String valuePath(JsonParser parser) {
    return path(containing(parser));
  }

  /** Where the object whose property the parser is at sits in the body. */
  private static String containerPath(JsonParser parser) {
    return path(containing(parser).getParent());
  }

  /** The object or array that holds the value the parser is at. */
  private static JsonStreamContext containing(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    boolean opened =
        parser.currentToken() == JsonToken.START_OBJECT
            || parser.currentToken() == JsonToken.START_ARRAY;
    // at the start of an object or array, the parser has entered the value's own context already
    return opened ? context.getParent() : context;
  }

  private static String path(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      segments.push(
          at.inArray() ? "[" + at.getCurrentIndex() + "]" : String.valueOf(at.getCurrentName()));
    }
    String path = "";
    for (String segment : segments) {
      path = segment.startsWith("[") ? path + segment : join(path, segment);
    }
    return path.isEmpty() ? "body" : path;
  }

  private static String join(String path, String name) {
    return path.isEmpty() || path.equals("body") ? name : path + "." + name;
  }
}
