package dev.rustdist.catalog.category;

import dev.rustdist.catalog.counterpart.Counterpart;
import dev.rustdist.catalog.counterpart.CounterpartRelation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A counterpart that a category's texts name: an equivalent elsewhere, or what Rust lacks. */
@Entity
public class CategoryCounterpart extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  public Category category;

  @ManyToOne
  @JoinColumn(name = "counterpart_id")
  public Counterpart counterpart;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  public CounterpartRelation relation;

  public short position;
}
