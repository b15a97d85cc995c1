package dev.rustdist.catalog.counterpart;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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
}
