package dev.rustdist.catalog.category;

import dev.rustdist.catalog.counterpart.CounterpartLink;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A counterpart that a category's texts name: an equivalent elsewhere, or what Rust lacks. */
@Entity
public class CategoryCounterpart extends CounterpartLink {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  public Category category;
}
