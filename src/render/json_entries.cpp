#include "render/json_entries.hpp"

#include "domain/entry_id.hpp"

namespace backcare::render {

nlohmann::json optional_number(const std::optional<int>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json time_json(const std::string& time) { return time.empty() ? nlohmann::json(nullptr) : nlohmann::json(time); }

nlohmann::json pain_json(const domain::PainEntry& entry) {
  return {{"id", domain::format_entry_id({domain::EntryId::Kind::pain, entry.id})},
          {"date", domain::format_iso(entry.day)},
          {"level", entry.level},
          {"time", time_json(entry.time)},
          {"logged_at", entry.logged_at},
          {"note", entry.note},
          {"where", places_json(entry.regions)},
          {"tags", entry.tags}};
}

nlohmann::json tag_json(const domain::DayTag& tag) {
  return {{"id", domain::format_entry_id({domain::EntryId::Kind::tag, tag.id})},
          {"date", domain::format_iso(tag.day)},
          {"tag", tag.slug},
          {"time", time_json(tag.time)},
          {"logged_at", tag.logged_at}};
}

nlohmann::json sign_json(const domain::SignEntry& sign) {
  return {{"id", domain::format_entry_id({domain::EntryId::Kind::sign, sign.id})},
          {"date", domain::format_iso(sign.day)},
          {"sign", domain::format_place(sign.sign)},
          {"time", time_json(sign.time)},
          {"logged_at", sign.logged_at},
          {"note", sign.note}};
}

nlohmann::json places_json(const std::vector<domain::Place>& places) {
  auto out = nlohmann::json::array();
  for (const auto& place : places) out.push_back(domain::format_place(place));
  return out;
}

nlohmann::json done_json(const domain::Completion& done) {
  return {{"id", domain::format_entry_id({domain::EntryId::Kind::done, done.id})},
          {"date", domain::format_iso(done.day)},
          {"routine", done.slug},
          {"time", time_json(done.time)},
          {"logged_at", done.logged_at},
          {"reps", optional_number(done.reps)},
          {"minutes", optional_number(done.minutes)},
          {"note", done.note},
          {"tags", done.tags}};
}

}  // namespace backcare::render
