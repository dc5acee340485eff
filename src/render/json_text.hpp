#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "domain/inputs.hpp"
#include "domain/terminal_text.hpp"

namespace backcare::render {

/// The one way backcare writes JSON (--json output and the JSON export): indented by two, a final newline,
/// and C1 and bidirectional controls written as \u009b, \u202e. The JSON library escapes only C0 controls;
/// these it would write raw, and a terminal would act on them. A reader gets the same strings back.
template <class Json>
std::string json_text(const Json& value) {
  return domain::escape_json_controls(value.dump(2)) + "\n";
}

/// A path as JSON text: itself when it is UTF-8, else escaped, since JSON cannot carry other bytes.
inline nlohmann::json path_json(const std::string& path) {
  return domain::is_valid_utf8(path) ? path : domain::escape_for_terminal(path);
}

}  // namespace backcare::render
