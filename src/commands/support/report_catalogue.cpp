#include "commands/support/report_catalogue.hpp"
#include "store/store.hpp"

namespace backcare::commands {

std::vector<domain::Routine> report_catalogue(const Env& env, bool include_retired) {
  std::vector<domain::Routine> routines;
  for (const auto& row : env.db().routines(include_retired)) {
    const auto* article = row.from_article ? env.content.find(row.slug) : nullptr;
    domain::Routine routine = article ? *article : row;
    // Her own exercises carry the general cautions for exercise after the birth (content/own-routines.toml).
    if (!row.from_article) routine.cautions = env.content.cautions_for_own(routine.kind);
    routine.retired = row.retired;
    routines.push_back(std::move(routine));
  }
  return routines;
}

}  // namespace backcare::commands
