#include "render/entry_words.hpp"

#include "domain/text.hpp"
#include "render/style.hpp"

namespace backcare::render {
namespace {

std::string logged_time(const std::string& time) { return time.empty() ? " (no time given)" : " (logged " + time + ")"; }

std::string count_text(const std::optional<int>& count) { return count ? std::to_string(*count) : "none"; }

std::string note_text(const std::string& note) { return note.empty() ? "none" : "\"" + safe(note) + "\""; }

std::string time_text(const std::string& time) { return time.empty() ? "none" : time; }

std::string tags_text(const std::vector<std::string>& tags) { return tags.empty() ? "none" : domain::join(tags, " "); }

/// ", tagged lifting, poor-sleep", or nothing.
std::string tagged(const std::vector<std::string>& tags) { return tags.empty() ? "" : ", tagged " + domain::join(tags, ", "); }

std::string where_text(const std::vector<domain::Place>& places) {
  return places.empty() ? "none" : domain::format_places(places);
}

/// "what a → b" when the value changed; nothing when it did not.
void add_change(std::vector<std::string>& changes, const std::string& what, const std::string& before,
                const std::string& after) {
  if (before != after) changes.push_back(what + " " + before + " → " + after);
}

/// The changes common to both kinds, then the day: the one place where the day is said.
std::string with_common(std::vector<std::string> changes, const auto& before, const auto& after) {
  add_change(changes, "time", time_text(before.time), time_text(after.time));
  add_change(changes, "note", note_text(before.note), note_text(after.note));
  const auto day = before.day == after.day ? " for " + domain::format_long(after.day)
                                           : ", moved from " + domain::format_long(before.day) + " to " +
                                                 domain::format_long(after.day);
  return domain::join(changes, ", ") + day;
}

}  // namespace

std::string places_words(const std::vector<domain::Place>& places) {
  std::vector<std::string> words;
  for (const auto& place : places) words.push_back(domain::format_place(place));
  return domain::join(words, ", ");
}

std::string entry_words(const domain::SignEntry& entry) {
  return domain::format_place(entry.sign) + " for " + domain::format_long(entry.day) + logged_time(entry.time);
}

std::string entry_words(const domain::PainEntry& entry) {
  const auto where = entry.regions.empty() ? "" : " (" + places_words(entry.regions) + ")";
  return "pain " + std::to_string(entry.level) + "/10" + where + " for " + domain::format_long(entry.day) +
         logged_time(entry.time) + tagged(entry.tags);
}

std::string entry_words(const domain::DayTag& entry) {
  return "tag " + entry.slug + " for " + domain::format_long(entry.day) + logged_time(entry.time);
}

std::string entry_words(const domain::Completion& entry) {
  std::string out = entry.slug;
  if (entry.reps) out += ", " + std::to_string(*entry.reps) + " reps";
  if (entry.minutes) out += ", " + std::to_string(*entry.minutes) + " min";
  return out + " for " + domain::format_long(entry.day) + logged_time(entry.time) + tagged(entry.tags);
}

std::string change_words(const domain::PainEntry& before, const domain::PainEntry& after) {
  // The level always leads, so the line says which entry it is even when only its note changed.
  const auto level = before.level == after.level
                         ? "pain " + std::to_string(after.level)
                         : "pain " + std::to_string(before.level) + " → " + std::to_string(after.level);
  std::vector<std::string> changes{level};
  add_change(changes, "where", where_text(before.regions), where_text(after.regions));
  add_change(changes, "tags", tags_text(before.tags), tags_text(after.tags));
  return with_common(std::move(changes), before, after);
}

std::string change_words(const domain::SignEntry& before, const domain::SignEntry& after) {
  const auto was = domain::format_place(before.sign), is = domain::format_place(after.sign);
  return with_common({was == is ? is : was + " → " + is}, before, after);
}

std::string change_words(const domain::DayTag& before, const domain::DayTag& after) {
  const auto day = before.day == after.day ? " for " + domain::format_long(after.day)
                                           : ", moved from " + domain::format_long(before.day) + " to " +
                                                 domain::format_long(after.day);
  return "tag " + (before.slug == after.slug ? after.slug : before.slug + " → " + after.slug) + day;
}

std::string change_words(const domain::Completion& before, const domain::Completion& after) {
  std::vector<std::string> changes{before.slug == after.slug ? after.slug : before.slug + " → " + after.slug};
  add_change(changes, "reps", count_text(before.reps), count_text(after.reps));
  add_change(changes, "minutes", count_text(before.minutes), count_text(after.minutes));
  add_change(changes, "tags", tags_text(before.tags), tags_text(after.tags));
  return with_common(std::move(changes), before, after);
}

}  // namespace backcare::render
