#include "app/setup.hpp"

#include "domain/errors.hpp"
#include "domain/inputs.hpp"

namespace backcare::app {

DiaryPlace diary_place(const std::optional<std::string>& db_option, const Environment& environment) {
  if (db_option) {
    if (db_option->empty()) throw UserError("invalid --db '': accepted a file path");
    return {*db_option, true};
  }
  if (const auto* path = environment.variable("BACKCARE_DB")) return {*path, true};
  // The XDG spec: a relative (or empty) XDG_DATA_HOME is invalid and ignored; taken as it is, it would put
  // the diary under whatever folder the command ran in.
  const auto* data = environment.variable("XDG_DATA_HOME");
  if (data && std::filesystem::path(*data).is_absolute()) return {std::filesystem::path(*data) / "backcare" / "backcare.db"};
  if (const auto* home = environment.variable("HOME")) {
    return {std::filesystem::path(*home) / ".local" / "share" / "backcare" / "backcare.db"};
  }
  throw UserError("no place for the diary: HOME is not set; accepted --db PATH or BACKCARE_DB=PATH");
}

domain::Now resolve_now(const Environment& environment) {
  const auto* fixed = environment.variable("BACKCARE_TODAY");
  if (!fixed) return {environment.zone.to_local(environment.utc_now), environment.utc_now};
  const std::string text = *fixed;
  const auto day = domain::parse_iso(std::string_view(text).substr(0, 10));
  std::optional<int> minutes = 12 * 60;
  if (text.size() != 10) {
    minutes = text.size() == 16 && text[10] == 'T' ? domain::parse_clock_time(std::string_view(text).substr(11))
                                                   : std::nullopt;
  }
  if (!day || !minutes) {
    throw UserError("invalid BACKCARE_TODAY '" + domain::quote_for_message(text) +
                    "': accepted YYYY-MM-DD or YYYY-MM-DDTHH:MM");
  }
  const auto local = date::local_seconds{day->time_since_epoch()} + std::chrono::minutes{*minutes};
  return {local, environment.zone.to_utc(local)};
}

}  // namespace backcare::app
