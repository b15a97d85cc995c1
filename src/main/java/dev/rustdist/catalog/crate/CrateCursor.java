package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.problem.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of the crate list in the document's order ended: the last crate's place in that
 * order. The next page starts after it, however deep it is, and stays right when crates before it
 * are added or removed. Clients see it as an opaque token.
 */
record CrateCursor(int categoryPosition, int position, long id) {

  private static final Pattern FORM = Pattern.compile("(-?\\d{1,5})\\.(-?\\d{1,5})\\.(\\d{1,19})");

  String token() {
    String key = categoryPosition + "." + position + "." + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.US_ASCII));
  }

  /** The cursor a token stands for; anything but a token this service gave out is refused. */
  static CrateCursor parse(String parameter, String token) {
    Matcher key;
    try {
      key =
          FORM.matcher(
              new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException notBase64) {
      throw invalid(parameter, token);
    }
    if (!key.matches()) {
      throw invalid(parameter, token);
    }
    try {
      return new CrateCursor(
          Short.parseShort(key.group(1)),
          Short.parseShort(key.group(2)),
          Long.parseLong(key.group(3)));
    } catch (NumberFormatException outOfRange) {
      throw invalid(parameter, token);
    }
  }

  private static InvalidParameterException invalid(String parameter, String token) {
    return new InvalidParameterException(
        parameter, token, "must be the `next` token of a page of this list, as it was given");
  }
}
