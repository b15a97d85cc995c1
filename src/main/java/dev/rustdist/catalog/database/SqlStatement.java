package dev.rustdist.catalog.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SQL text and its positional parameters, written fragment by fragment in the same order. */
public final class SqlStatement {

  private final StringBuilder text = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  public static SqlStatement of(String sql, Object... parameters) {
    return new SqlStatement().append(sql, parameters);
  }

  /** Adds SQL text holding one {@code ?} for each of the parameters given with it. */
  public SqlStatement append(String sql, Object... parameters) {
    text.append(sql);
    this.parameters.addAll(Arrays.asList(parameters));
    return this;
  }

  public SqlStatement append(SqlStatement other) {
    text.append(other.text);
    parameters.addAll(other.parameters);
    return this;
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  String text() {
    return text.toString();
  }

  List<Object> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return text + " " + parameters;
  }
}
