#include "commands/support/day_range.hpp"

#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "store/store.hpp"

namespace backcare::commands {

domain::Day last_day(const std::optional<std::string>& to, const Env& env) {
  return to ? domain::parse_day_argument(*to, env.today, env.calendar_today, "--to") : env.today;
}

domain::DateRange day_range(const std::optional<std::string>& from, domain::Day default_first, domain::Day last,
                            const Env& env) {
  const auto first =
      from ? domain::parse_day_argument(*from, env.today, env.calendar_today, "--from") : default_first;
  if (first > last) {
    throw UserError("--from " + domain::format_iso(first) + " is after --to " + domain::format_iso(last) +
                    ": accepted a --from on or before --to");
  }
  return {first, last + date::days{1}};
}

std::map<std::string, int> times_done(domain::Day day, const Env& env) {
  std::map<std::string, int> times;
  for (const auto& row : env.db().daily_completions({day, day + date::days{1}})) times[row.slug] = row.count;
  return times;
}

}  // namespace backcare::commands
