#pragma once
#include <string>

#include "domain/terminal_text.hpp"

namespace backcare::transfer {

/// The one way backcare writes JSON (--json output and the JSON export): indented by two, and C1 and
/// bidirectional controls written as \u009b, \u202e. The JSON library escapes only C0 controls; these it
/// would write raw, and a terminal would act on them. A reader gets the same strings back.
template <class Json>
std::string json_dump(const Json& value) {
  return domain::escape_json_controls(value.dump(2));
}

/// A whole JSON document: json_dump and a final newline.
template <class Json>
std::string json_text(const Json& value) {
  return json_dump(value) + "\n";
}

}  // namespace backcare::transfer
