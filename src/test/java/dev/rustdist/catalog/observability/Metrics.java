package dev.rustdist.catalog.observability;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.List;

/** The service's Prometheus exposition, read through HTTP as a scraper reads it. */
public final class Metrics {

  private final List<String> lines;

  private Metrics(List<String> lines) {
    this.lines = lines;
  }

  public static Metrics scrape() {
    String text =
        given().when().get("/q/metrics").then().statusCode(200).extract().body().asString();
    return new Metrics(text.lines().filter(line -> !line.startsWith("#")).toList());
  }

  /** The sum of the samples of a metric whose labels include all of the given ones. */
  public double sum(String name, String... labels) {
    return lines.stream()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> Arrays.stream(labels).allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  /** How many times the service's connection pool has handed out a connection. */
  public double connectionsAcquired() {
    return sum("agroal_acquire_count_total", "datasource=\"default\"");
  }

  public boolean has(String name) {
    return lines.stream()
        .anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
  }

  /** Every distinct value of one label of a metric. */
  public List<String> labelValues(String name, String label) {
    String marker = label + "=\"";
    return lines.stream()
        .filter(line -> line.startsWith(name + "{"))
        .map(line -> line.substring(0, line.lastIndexOf('}')))
        .filter(labels -> labels.contains(marker))
        .map(
            labels -> {
              int start = labels.indexOf(marker) + marker.length();
              return labels.substring(start, labels.indexOf('"', start));
            })
        .distinct()
        .toList();
  }
}
