package dev.rustdist.catalog.curation;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens signed with the test key, as the organisation's key would sign them. */
public final class Tokens {

  public static final String CURATOR = "alice@example.org";

  private Tokens() {}

  public static String curator() {
    return "Bearer "
        + Jwt.issuer("rust-dist-catalog").upn(CURATOR).groups(Set.of("curator")).sign();
  }

  /** A curator's token dated at another time, valid for an hour from then. */
  static String curatorIssuedAt(Instant issuedAt) {
    return "Bearer "
        + Jwt.issuer("rust-dist-catalog")
            .upn(CURATOR)
            .groups(Set.of("curator"))
            .issuedAt(issuedAt)
            .expiresAt(issuedAt.plus(Duration.ofHours(1)))
            .sign();
  }

  /** A curator's token that stays valid for the given time. */
  public static String curator(Duration lifespan) {
    return "Bearer "
        + Jwt.issuer("rust-dist-catalog")
            .upn(CURATOR)
            .groups(Set.of("curator"))
            .expiresIn(lifespan)
            .sign();
  }

  public static String reader() {
    return "Bearer "
        + Jwt.issuer("rust-dist-catalog").upn("bob@example.org").groups(Set.of("reader")).sign();
  }

  public static String fromAnotherIssuer() {
    return "Bearer " + Jwt.issuer("someone-else").upn(CURATOR).groups(Set.of("curator")).sign();
  }
}
