package dev.rustdist.catalog.curation;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a token issued in the future beyond the clock skew the verifier already allows for its
 * expiry (mp.jwt.verify.clock.skew, 60 s by default). SmallRye JWT checks exp and nbf, and how old
 * iat may be, but has no setting for an iat yet to come; such a token was minted by a wrong clock
 * or dated ahead to look fresh for longer, and is refused with the 401 of any other bad token.
 */
@ApplicationScoped
public class IssuedAtCheck implements SecurityIdentityAugmentor {

  private final long skewSeconds;

  IssuedAtCheck(JWTAuthContextInfo verification) {
    this.skewSeconds = verification.getClockSkew();
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      Optional<Long> issuedAt = token.claim(Claims.iat);
      if (issuedAt.isPresent() && issuedAt.get() > Instant.now().getEpochSecond() + skewSeconds) {
        return Uni.createFrom()
            .failure(new AuthenticationFailedException("the token was issued in the future"));
      }
    }
    return Uni.createFrom().item(identity);
  }
}
