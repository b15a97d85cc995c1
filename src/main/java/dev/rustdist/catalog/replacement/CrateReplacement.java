package dev.rustdist.catalog.replacement;

import dev.rustdist.catalog.counterpart.Counterpart;
import dev.rustdist.catalog.crate.Crate;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.util.List;
import java.util.Map;

/**
 * One thing the catalog prefers to a crate: a crate or a counterpart, or neither, with its reason
 * by language.
 */
@Entity
public class CrateReplacement extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "crate_id")
  public Crate crate;

  public short position;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "replacement_crate_id")
  public Crate replacement;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "counterpart_id")
  public Counterpart counterpart;

  @ElementCollection
  @CollectionTable(
      name = "crate_replacement_i18n",
      joinColumns = @JoinColumn(name = "replacement_id"))
  @MapKeyColumn(name = "lang")
  @Column(name = "reason")
  public Map<String, String> reasons;

  /** The crate's replacements, in their order. */
  public static List<CrateReplacement> of(Crate crate) {
    return crate.id == null ? List.of() : list("crate = ?1 order by position", crate);
  }
}
