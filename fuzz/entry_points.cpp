#include "entry_points.hpp"

#include <stdexcept>
#include <string>

#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "transfer/export_document.hpp"
#include "transfer/export_files.hpp"
#include "transfer/problem_list.hpp"

namespace backcare::fuzz {
namespace {

using namespace backcare::domain;
using namespace backcare::transfer;

const Day kToday = Day{date::year{2026} / 11 / 26};

void require(bool holds, const std::string& what) {
  if (!holds) throw std::logic_error(what);
}

/// The routines a diary knows: the article's, and one of the user's (the seed exports use it). A file
/// may add its own.
std::set<std::string> known_slugs() {
  return {"back-rub", "hot-compress", "knee-hug", "knot-rub", "leg-push", "palm-press", "pelvic-tilt", "sit-up",
          "waist-roll"};
}

/// UTC+05:30, so local times differ from logged_at.
const Zone kZone = fixed_zone(std::chrono::seconds{19800});

/// A checked row (its clock time filled, as import fills a format 1 file's) must become the entry it
/// describes and turn back into the same row.
void check_row_round_trip(const EntryRow& row) {
  const EntryRow back = row.kind == "pain" ? row_of(pain_of(row, kZone)) : row_of(done_of(row, kZone));
  require(back == row, "a checked row does not survive becoming an entry: " + row.kind + " " + row.date);
}

bool same_routines(const std::vector<Routine>& a, const std::vector<Routine>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].slug != b[i].slug || a[i].name != b[i].name || a[i].kind != b[i].kind || a[i].dose != b[i].dose ||
        a[i].retired != b[i].retired) {
      return false;
    }
  }
  return true;
}

/// Reads and checks `input` as import does. Whatever it holds, the problem list must format; when it
/// holds none, writing the data out and reading it back must give the same data with no problems.
template <class Read, class Write>
void import_round_trip(std::string_view input, Read read, Write write) {
  auto first = read(input);
  check_export(first, known_slugs(), kToday);
  const auto message = problems_message("fuzz-input", first.problems);
  require(message.find("nothing imported") == 0, "a problem list that does not start as it should");
  if (!first.problems.empty()) return;
  fill_times(first.data.entries, kZone);  // as import does, before anything is written
  for (const auto& row : first.data.entries) check_row_round_trip(row);
  auto second = read(write(first.data));
  check_export(second, known_slugs(), kToday);
  require(second.problems.empty(), "an export of a checked file is refused: " + problems_message("export", second.problems));
  require(second.data.entries == first.data.entries, "entries change on export and import");
  require(same_routines(second.data.routines, first.data.routines), "routines change on export and import");
  require(second.data.settings == first.data.settings, "settings change on export and import");
}

}  // namespace

void day_argument(std::string_view input) {
  Day day;
  try {
    day = parse_day_argument(input, kToday, "--date");
  } catch (const UserError&) {
    return;
  }
  require(day <= kToday, "a day after today accepted");
  if (const auto iso = parse_iso(input)) {
    require(day == *iso && format_iso(day) == input, "an ISO date not read back exactly");
  } else {
    require(day > kToday - date::days{7}, "a day name more than a week back");
  }
}

void level(std::string_view input) {
  int value = -1;
  try {
    value = parse_level(input);
  } catch (const UserError&) {
    return;
  }
  require(value >= 0 && value <= 10, "a level outside 0 to 10 accepted");
  // Written plainly, or as a score out of ten ("7/10").
  const auto plain = std::to_string(value);
  require(input == plain || input == plain + "/10", "a level not written plainly accepted");
}

void csv_import(std::string_view input) { import_round_trip(input, read_csv_export, transfer::export_csv); }

void json_import(std::string_view input) { import_round_trip(input, read_json_export, transfer::export_json); }

}  // namespace backcare::fuzz
