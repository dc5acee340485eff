#pragma once
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/daily.hpp"
#include "domain/day.hpp"
#include "domain/routine.hpp"
#include "domain/settings.hpp"

namespace backcare::reports {

/// One week's pain and routines, as `week` and `trend` both report them.
struct WeekFigures {
  std::optional<double> pain_mean;  ///< mean of the daily means: each logged day weighs the same
  int days_logged = 0;
  std::optional<int> pain_max;      ///< the worst single entry
  std::optional<domain::Day> worst_day;  ///< the day of pain_max; of equals, the higher mean, then the later
  int severe_days = 0;              ///< days with a severe entry (the rulebook)
  int completions = 0;
};

/// The figures of every week holding a pain day or a completion, keyed by the week's first day.
std::map<domain::Day, WeekFigures> figures_by_week(const std::vector<domain::DailyPain>& pain,
                                                   const std::vector<domain::DailyCompletions>& done,
                                                   domain::WeekStart start);

/// The place of `slug` in `catalogue`, for listing routines in article order; unknown slugs come last.
int catalogue_position(const std::string& slug, const std::vector<domain::Routine>& catalogue);

/// Sorts `items` into catalogue order by the slug `slug_of` gives; equals keep their order.
template <class Item, class SlugOf>
void sort_in_catalogue_order(std::vector<Item>& items, const std::vector<domain::Routine>& catalogue, SlugOf slug_of) {
  std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    return catalogue_position(slug_of(a), catalogue) < catalogue_position(slug_of(b), catalogue);
  });
}

/// The figures of the week beginning `first`: empty figures when it holds nothing.
WeekFigures figures_of(const std::map<domain::Day, WeekFigures>& weeks, domain::Day first);

}  // namespace backcare::reports
