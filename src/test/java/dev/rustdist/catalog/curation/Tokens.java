package dev.rustdist.catalog.curation;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/** Bearer tokens signed with the test key, as the organisation's key would sign them. */
public final class Tokens {

  static final String CURATOR = "alice@example.org";

  private Tokens() {}

  public static String curator() {
    return "Bearer "
        + Jwt.issuer("rust-dist-catalog").upn(CURATOR).groups(Set.of("curator")).sign();
  }

  static String reader() {
    return "Bearer "
        + Jwt.issuer("rust-dist-catalog").upn("bob@example.org").groups(Set.of("reader")).sign();
  }

  static String fromAnotherIssuer() {
    return "Bearer " + Jwt.issuer("someone-else").upn(CURATOR).groups(Set.of("curator")).sign();
  }
}
