#pragma once
#include "domain/routine.hpp"

namespace backcare::fixtures {

/// Her own routine in the export tests' samples: an exercise with a dose, not from the article.
inline domain::Routine pelvic_tilt() {
  domain::Routine tilt;
  tilt.slug = "pelvic-tilt";
  tilt.name = "Pelvic tilt";
  tilt.kind = "exercise";
  tilt.dose = "10 reps";
  tilt.from_article = false;
  return tilt;
}

}  // namespace backcare::fixtures
