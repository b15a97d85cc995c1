package dev.rustdist.catalog.http;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates as HTTP writes them, IMF-fixdate (RFC 9110, 5.6.7): {@code Thu, 05 Nov 2026 08:00:00 GMT},
 * the day in two digits, which {@link DateTimeFormatter#RFC_1123_DATE_TIME} does not write.
 */
public final class HttpDate {

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private HttpDate() {}

  /** The instant in UTC, to the second. */
  public static String of(ZonedDateTime time) {
    return IMF_FIXDATE.format(
        time.withZoneSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
  }
}
