#pragma once
#include <string>

namespace backcare::domain {

/// One thing wrong in an import file, ready to print as `where: field: why`: where is "line 4",
/// "entry 2", "routine 1" or "settings"; empty for the file as a whole.
struct Problem {
  std::string where;
  std::string field;
  std::string why;
};

}  // namespace backcare::domain
