package dev.rustdist.catalog.export;

import dev.rustdist.catalog.category.CategoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One of a tech radar's four quadrants. The catalog's categories, in the document's order, are
 * split into four consecutive runs as even as possible: category i of n (from 0) falls in quadrant
 * i * 4 / n. With the 8 categories of the document, each quadrant holds two.
 */
record Quadrant(String id, String name, List<String> categories) {

  static final int COUNT = 4;

  static List<Quadrant> of(List<CategoryView> categories) {
    List<List<CategoryView>> runs = new ArrayList<>();
    for (int q = 0; q < COUNT; q++) {
      runs.add(new ArrayList<>());
    }
    for (int i = 0; i < categories.size(); i++) {
      runs.get(i * COUNT / categories.size()).add(categories.get(i));
    }
    List<Quadrant> quadrants = new ArrayList<>();
    for (int q = 0; q < COUNT; q++) {
      List<CategoryView> run = runs.get(q);
      quadrants.add(
          new Quadrant(
              "q" + (q + 1),
              run.stream().map(CategoryView::name).collect(Collectors.joining(" / ")),
              run.stream().map(CategoryView::slug).toList()));
    }
    return quadrants;
  }

  static Quadrant containing(List<Quadrant> quadrants, String categorySlug) {
    return quadrants.stream()
        .filter(quadrant -> quadrant.categories().contains(categorySlug))
        .findFirst()
        .orElseThrow();
  }
}
