package dev.rustdist.catalog.caching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** The catalog's data as a whole: its revision grows with every change, in the same transaction. */
@Entity
public class Dataset extends PanacheEntityBase {

  @Id public boolean singleton;
  public long revision;
  public OffsetDateTime modifiedAt;

  /** When the curated data was loaded: the last change of what no write has changed since. */
  public OffsetDateTime seededAt;

  public static Dataset current() {
    return findById(true);
  }
}
