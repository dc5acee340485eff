#pragma once
#include <string>
#include <string_view>

#include "transfer/export_document.hpp"
#include "transfer/json_text.hpp"

namespace backcare::transfer {

/// `value` as json_text writes it one level inside a document's list: each line after the first indented
/// by four. Only layout breaks lines: a newline in a string is written \n.
template <class Json>
std::string element_text(const Json& value) {
  const std::string text = json_dump(value);
  std::string out = "    ";
  for (const char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  return out;
}

/// Writes a list's elements as they come, laid out as json_text lays out a whole document's list one
/// level in: so an export's list of any length is written without being held. `opening` comes before the
/// first element, `empty` instead of the list when there is none.
class JsonList {
 public:
  explicit JsonList(const TextOut& out, std::string_view opening = "[\n", std::string_view empty = "[]")
      : out_(out), opening_(opening), empty_(empty) {}
  void element(const std::string& text) {
    out_(first_ ? opening_ : ",\n");
    out_(text);
    first_ = false;
  }
  void close() { out_(first_ ? empty_ : "\n  ]"); }

 private:
  const TextOut& out_;
  std::string_view opening_, empty_;
  bool first_ = true;
};

}  // namespace backcare::transfer
