package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.counterpart.CounterpartLink;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A counterpart that the document names for one crate. */
@Entity
public class CrateCounterpart extends CounterpartLink {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "crate_id")
  public Crate crate;
}
