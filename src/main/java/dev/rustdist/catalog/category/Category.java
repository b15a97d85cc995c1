package dev.rustdist.catalog.category;

import dev.rustdist.catalog.crate.Crate;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.List;
import java.util.Map;

/** A category of the catalog, in the document's order. */
@Entity
public class Category extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String slug;
  public short position;

  /** Increases with every write to this entry through the API. */
  public int version;

  @ElementCollection
  @CollectionTable(name = "category_i18n", joinColumns = @JoinColumn(name = "category_id"))
  @MapKeyColumn(name = "lang")
  public Map<String, Text> texts;

  @OneToMany(mappedBy = "category")
  @OrderBy("position")
  public List<Crate> crates;

  /** The counterparts that the category's texts name, each with what it is to the category. */
  @OneToMany(mappedBy = "category")
  @OrderBy("position")
  public List<CategoryCounterpart> counterparts;

  /** The category's texts in one language. */
  @Embeddable
  public record Text(String name, String description, String note, String evaluation) {}
}
