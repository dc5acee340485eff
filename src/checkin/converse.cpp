#include "checkin/converse.hpp"

#include <limits>
#include <string>

#include "domain/terminal_text.hpp"

namespace backcare::checkin {
namespace {

/// The longest answer kept: a note is at most 1000 characters, up to 4 bytes each. A longer line (a file
/// piped by mistake, a stuck key) is read past without being held, so it never grows the process.
constexpr std::size_t kMaxAnswerBytes = 4096;

enum class Read { answer, too_long, ended };

/// One line of input into `line`, without its line break; a last line without one counts.
Read read_answer(std::istream& in, std::string& line) {
  line.clear();
  for (char c; in.get(c);) {
    if (c == '\n') return Read::answer;
    if (line.size() == kMaxAnswerBytes) {
      in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
      return Read::too_long;
    }
    line.push_back(c);
  }
  return line.empty() ? Read::ended : Read::answer;
}

}  // namespace

bool converse(Dialog& dialog, std::istream& in, std::ostream& out, bool echo) {
  std::string line;
  out << dialog.heading();
  while (!dialog.finished()) {
    out << dialog.prompt() << std::flush;
    const auto read = read_answer(in, line);
    if (read == Read::ended) {
      out << "\n";
      return false;
    }
    if (read == Read::too_long) {
      out << (echo ? "(a line too long to show)\n" : "") << "Not taken: an answer of more than "
          << kMaxAnswerBytes << " bytes (a note is at most 1000 characters)\n\n";
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();  // answers piped from a Windows file
    if (echo) out << domain::escape_for_terminal(line) << "\n";
    if (const auto refusal = dialog.answer(line)) out << "Not taken: " << *refusal << "\n\n";
  }
  return true;
}

}  // namespace backcare::checkin
