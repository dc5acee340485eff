#include "commands/support/report_catalogue.hpp"
#include "store/store.hpp"

namespace backcare::commands {

std::vector<domain::Routine> report_catalogue(const Env& env, bool include_retired) {
  std::vector<domain::Routine> routines;
  for (const auto& row : env.db().routines(include_retired)) {
    const auto* article = row.from_article ? env.content.find(row.slug) : nullptr;
    domain::Routine routine = article ? *article : row;
    routine.retired = row.retired;
    routines.push_back(std::move(routine));
  }
  return routines;
}

}  // namespace backcare::commands
