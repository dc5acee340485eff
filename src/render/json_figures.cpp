#include "render/json_figures.hpp"

#include "render/rules_words.hpp"
#include "reports/statistics.hpp"

namespace backcare::render {

using Json = nlohmann::json;

Json rounded(const std::optional<double>& value, int decimals) {
  return value ? Json(reports::round_to(*value, decimals)) : Json(nullptr);
}

Json whole(const std::optional<double>& value) {
  return value ? Json(int(reports::round_to(*value, 0))) : Json(nullptr);
}

Json optional_int(const std::optional<int>& value) { return value ? Json(*value) : Json(nullptr); }

void add_change(Json& out, const std::string& prefix, const std::optional<rules::Change>& change) {
  out[prefix + "points"] = change ? Json(change->points) : Json(nullptr);
  out[prefix + "pct"] = change ? whole(change->pct) : Json(nullptr);
  out[prefix + "label"] = change ? Json(change_words(change->label)) : Json(nullptr);
  out[prefix + "code"] = change ? Json(rules::change_code(change->label)) : Json(nullptr);
}

}  // namespace backcare::render
