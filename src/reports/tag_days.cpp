#include "reports/tag_days.hpp"

#include <algorithm>

namespace backcare::reports {

std::vector<TagDays> ranked_tag_days(const std::map<std::string, int>& days) {
  std::vector<TagDays> ranked;
  for (const auto& [slug, count] : days) ranked.push_back({slug, count});
  // The map is in slug order already, so a stable sort keeps ties by slug.
  std::stable_sort(ranked.begin(), ranked.end(), [](const TagDays& a, const TagDays& b) { return a.days > b.days; });
  return ranked;
}

}  // namespace backcare::reports
