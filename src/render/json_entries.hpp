#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/entries.hpp"

namespace backcare::render {

// One JSON shape per kind of entry, for every command that shows entries (today, undo, edit, delete).

/// A count that may be absent (reps, minutes), null when it is.
nlohmann::json optional_number(const std::optional<int>& value);
/// A clock time, or null for a back-filled entry without one.
nlohmann::json time_json(const std::string& time);
nlohmann::json pain_json(const domain::PainEntry& entry);
nlohmann::json done_json(const domain::Completion& done);
nlohmann::json sign_json(const domain::SignEntry& sign);
nlohmann::json tag_json(const domain::DayTag& tag);
/// Places as their "slug" or "slug:side" texts, in order: ["low-back", "sacroiliac:left"].
nlohmann::json places_json(const std::vector<domain::Place>& places);

}  // namespace backcare::render
