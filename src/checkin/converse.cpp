#include "checkin/converse.hpp"

#include <string>

#include "domain/terminal_text.hpp"

namespace backcare::checkin {

bool converse(Dialog& dialog, std::istream& in, std::ostream& out, bool echo) {
  std::string line;
  out << dialog.heading();
  while (!dialog.finished()) {
    out << dialog.prompt() << std::flush;
    if (!std::getline(in, line)) {
      out << "\n";
      return false;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();  // answers piped from a Windows file
    if (echo) out << domain::escape_for_terminal(line) << "\n";
    if (const auto refusal = dialog.answer(line)) out << "Not taken: " << *refusal << "\n\n";
  }
  return true;
}

}  // namespace backcare::checkin
