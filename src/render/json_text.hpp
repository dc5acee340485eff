#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "domain/inputs.hpp"
#include "domain/terminal_text.hpp"
#include "transfer/json_text.hpp"

namespace backcare::render {

using transfer::json_text;

/// A path as JSON text: itself when it is UTF-8, else escaped, since JSON cannot carry other bytes.
inline nlohmann::json path_json(const std::string& path) {
  return domain::is_valid_utf8(path) ? path : domain::escape_for_terminal(path);
}

}  // namespace backcare::render
