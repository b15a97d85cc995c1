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

  public static Dataset current() {
    return findById(true);
  }
}
