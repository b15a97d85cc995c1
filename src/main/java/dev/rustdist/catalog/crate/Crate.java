package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A crate of the catalog with its curated judgements. */
@Entity
public class Crate extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String slug;

  /** The name the document uses, e.g. redis-rs. */
  public String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  public Category category;

  public short position;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  public MaturityLevel maturity;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  public Ring ring;

  /** The name it is published under on crates.io, where that is certain. */
  public String cratesIoName;

  public String repositoryUrl;

  /** Increases with every write to this entry through the API. */
  public int version;

  /** From when the crate is deprecated; null while it is not. */
  public LocalDate deprecatedOn;

  /** When a deprecated crate is gone; null when no date is set. */
  public LocalDate sunsetOn;

  @ElementCollection
  @CollectionTable(name = "crate_i18n", joinColumns = @JoinColumn(name = "crate_id"))
  @MapKeyColumn(name = "lang")
  public Map<String, Text> texts;

  @OneToMany(mappedBy = "crate")
  @OrderBy("kind, position")
  public List<CratePoint> points;

  @OneToMany(mappedBy = "crate")
  @OrderBy("position")
  public List<CrateCounterpart> counterparts;

  /**
   * The crate's texts in one language; the qualifier is what the document writes beside its name.
   * Its summary is its line in the document's mind map, kept there.
   */
  @Embeddable
  public record Text(String qualifier, String description, String positioning) {}
}
