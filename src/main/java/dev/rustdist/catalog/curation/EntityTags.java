package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.problem.PreconditionException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version part of an entry's entity tag. A crate's or category's ETag starts with {@code
 * "v<version>-"} (its reads' and its writes' alike); a write's If-Match is current when it names
 * the entry's current version.
 */
public final class EntityTags {

  private static final Pattern VERSIONED = Pattern.compile("\"v(\\d+)(?:[.-][^\"]*)?\"");

  private EntityTags() {}

  static void requireCurrent(String ifMatch, String entry, int currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw PreconditionException.required(entry);
    }
    boolean current =
        Arrays.stream(ifMatch.split(","))
            .map(String::strip)
            .anyMatch(tag -> tag.equals("*") || names(tag, currentVersion));
    if (!current) {
      throw PreconditionException.failed(entry, currentVersion);
    }
  }

  private static boolean names(String tag, int version) {
    Matcher matcher = VERSIONED.matcher(tag);
    return matcher.matches() && matcher.group(1).equals(Integer.toString(version));
  }
}
