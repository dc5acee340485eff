#pragma once
#include <map>
#include <string>
#include <vector>

namespace backcare::reports {

// What else went on over a period (issue 29): how many days carried each tag, shown in `week` and the
// report. A count of what she logged beside the pain, never a reason for it (clinical notes §7).

/// A tag and the days of the period that carried it, as a day's tag or on an entry.
struct TagDays {
  std::string slug;
  int days = 0;

  friend bool operator==(const TagDays&, const TagDays&) = default;
};

/// Days per tag as Store::tag_days counts them, the most days first, then by slug.
std::vector<TagDays> ranked_tag_days(const std::map<std::string, int>& days);

}  // namespace backcare::reports
