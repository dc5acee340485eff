#pragma once
#include <string>

#include "domain/terminal_text.hpp"

namespace backcare::transfer {

/// The one way backcare writes JSON (--json output and the JSON export): indented by two, and DEL, C1 and
/// bidirectional controls written as \u007f, \u009b, \u202e. The JSON library escapes only C0 controls;
/// these it would write raw, and a terminal would act on them. A reader gets the same strings back.
/// A string that is not UTF-8 (a note written into the diary by other tools: backcare refuses such text)
/// is written with U+FFFD in place of each bad byte: JSON text must be UTF-8, and a whole export or
/// report refused for one note's bytes would lose far more than those bytes; CSV keeps them exact.
template <class Json>
std::string json_dump(const Json& value) {
  return domain::escape_json_controls(value.dump(2, ' ', false, Json::error_handler_t::replace));
}

/// A whole JSON document: json_dump and a final newline.
template <class Json>
std::string json_text(const Json& value) {
  return json_dump(value) + "\n";
}

}  // namespace backcare::transfer
