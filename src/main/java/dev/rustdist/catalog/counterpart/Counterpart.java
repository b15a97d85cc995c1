package dev.rustdist.catalog.counterpart;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A framework or platform of another ecosystem that the document measures Rust against. */
@Entity
public class Counterpart extends PanacheEntityBase {

  @Id public Long id;
  public String slug;
  public String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  public Ecosystem ecosystem;

  public short position;

  /** The counterparts these slugs name, by slug, read in one query; a slug of none is absent. */
  public static Map<String, Counterpart> bySlug(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return Map.of();
    }
    return Counterpart.<Counterpart>list("slug in ?1", slugs).stream()
        .collect(Collectors.toMap(counterpart -> counterpart.slug, counterpart -> counterpart));
  }
}
