#include "render/welcome.hpp"

namespace backcare::render {

std::string welcome_text() {
  // The settings are the phase rules' inputs (rules/phase.hpp): unset, the most careful rules apply.
  return "Welcome to backcare. It keeps a private diary; it is not medical advice.\n"
         "Warning signs that need care, and how soon to act on them: backcare redflags\n"
         "Two settings change its rules for exercise after the birth (unset, the most careful apply):\n"
         "  backcare config birth-date YYYY-MM-DD\n"
         "  backcare config birth-type vaginal    (or caesarean)\n";
}

}  // namespace backcare::render
