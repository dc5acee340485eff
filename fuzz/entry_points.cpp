#include "entry_points.hpp"

#include <sstream>
#include <stdexcept>
#include <string>

#include "content/content.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "serve/form.hpp"
#include "serve/guard.hpp"
#include "store/store.hpp"
#include "store/import_outcome.hpp"
#include "transfer/export_document.hpp"
#include "transfer/export_stream.hpp"
#include "transfer/problem_list.hpp"

namespace backcare::fuzz {
namespace {

using namespace backcare::domain;
using namespace backcare::transfer;

const Day kToday = Day{date::year{2026} / 11 / 26};

void require(bool holds, const std::string& what) {
  if (!holds) throw std::logic_error(what);
}

/// UTC+05:30, so local times differ from logged_at.
const Zone kZone = fixed_zone(std::chrono::seconds{19800});
constexpr const char* kLoggedAt = "2026-11-26T12:00:00Z";

/// The diary every import input goes into: in memory, with the real migrations and catalogue, made once
/// per process (a new one per input would cost more than most inputs). Each input's import is undone after,
/// so undo is fuzzed too, and the diary must then be empty again.
store::Store& diary() {
  static auto store = store::Store::open_memory(content::load_content());
  return store;
}

void require_empty(const store::Store& store, const char* when) {
  const auto all = store.read_all();
  require(all.entries.empty() && all.routines.empty() && all.settings.empty() && all.tombstones.empty(),
          std::string("the diary is not empty ") + when);
}

bool added_any(const ImportCounts& counts) {
  return counts.pain_added + counts.done_added + counts.signs_added + counts.tags_added + counts.routines_added +
             counts.settings_added + counts.tombstones_added >
         0;
}

/// Takes back an import as `undo` does; an import that added nothing left no step to take back.
void undo_import(store::Store& store, const ImportCounts& counts) {
  if (added_any(counts)) require(store.undo_last().has_value(), "an import that added something cannot be undone");
  require_empty(store, "after undoing an import");
}

/// The diary as `export` writes it: the store hands each entry, in export order, to the writer.
std::string export_of(const store::Store& store, bool json) {
  std::string text;
  const TextOut out = [&text](std::string_view piece) { text += piece; };
  const EntrySource entries = [&store](EntrySink& sink) { store.export_entries(sink); };
  if (json) write_json_export(entries, store.read_export_extras(), out);
  else write_csv_export(entries, out);
  return text;
}

/// Imports `input` as the import command does: the streaming reader `stream` hands it to the store's
/// ImportSink inside one transaction, which checks, stages and writes it. Whatever it holds, the problem
/// list must format and a refused file must leave the diary as it was; a file that is imported is exported,
/// taken back by undo, imported again from its export and exported again, and the two exports must be
/// the same bytes.
template <class Stream>
ImportCounts import_round_trip(std::string_view input, Stream stream, bool json) {
  auto& store = diary();
  const auto import = [&](const std::string& text) {
    std::istringstream in(text);
    // As the import command does: a CSV's unknown slugs become her routines, a JSON file's are refused.
    const auto unknown = json ? store::Store::UnknownSlugs::refuse : store::Store::UnknownSlugs::make_routines;
    return store.import([&](ExportSink& sink) { stream(in, sink); }, kZone, kToday, kLoggedAt, unknown);
  };
  const auto first = import(std::string(input));
  const auto message = problems_message("fuzz-input", first.problems);
  require(message.find("nothing imported") == 0, "a problem list that does not start as it should");
  if (!first.problems.empty()) {
    require_empty(store, "after a refused import");
    return {};
  }
  const auto exported = export_of(store, json);
  undo_import(store, first.counts);
  const auto second = import(exported);
  require(second.problems.empty(), "an export of an imported file is refused: " + problems_message("export", second.problems));
  require(export_of(store, json) == exported, "an import of an export does not export the same bytes");
  undo_import(store, second.counts);
  return first.counts;
}

/// What the merge diary holds before each input: rows with fixed UUIDs and stamps (the seeds in
/// fuzz/corpus/merge name them, so the fuzzer reaches updates, deletes and lifted tombstones), a
/// tombstone, a setting and a routine of hers.
constexpr const char* kMergeSeed = R"({"format_version": 5, "entries": [
  {"kind": "pain", "date": "2026-11-20", "time": "09:00", "logged_at": "2026-11-20T09:00:00Z", "level": 5,
   "note": "seed", "where": ["low-back"], "tags": ["lifting"], "uuid": "00000000-0000-4000-8000-000000000001",
   "stamp": "1795694400000-0005", "device": "aa"},
  {"kind": "done", "date": "2026-11-21", "time": "10:00", "logged_at": "2026-11-21T10:00:00Z", "routine": "wall-sit",
   "reps": 5, "note": "", "uuid": "00000000-0000-4000-8000-000000000002", "stamp": "1795694400000-0005",
   "device": "aa"},
  {"kind": "sign", "date": "2026-11-22", "time": "11:00", "logged_at": "2026-11-22T11:00:00Z", "note": "",
   "sign": "leg-tingling:left", "uuid": "00000000-0000-4000-8000-000000000003", "stamp": "1795694400000-0005",
   "device": "aa"},
  {"kind": "tag", "date": "2026-11-22", "time": null, "logged_at": "2026-11-22T11:00:00Z", "tags": ["poor-sleep"],
   "uuid": "00000000-0000-4000-8000-000000000005", "stamp": "1795694400000-0005", "device": "aa"}],
  "routines": [{"slug": "wall-sit", "name": "Wall sit", "kind": "exercise", "dose": "", "retired": false,
                "stamp": "1795694400000-0005", "device": "aa"}],
  "settings": {"week-start": {"value": "sunday", "stamp": "1795694400000-0005", "device": "aa"}},
  "tombstones": [{"kind": "pain", "uuid": "00000000-0000-4000-8000-000000000004", "stamp": "1795694400000-0005",
                  "device": "aa"}]})";

store::Store& merge_diary() {
  static auto store = [] {
    auto made = store::Store::open_memory(content::load_content());
    std::istringstream in(kMergeSeed);
    const auto outcome = made.import([&](ExportSink& sink) { stream_json_export(in, sink); }, kZone, kToday, kLoggedAt);
    require(outcome.problems.empty(), "the merge seed is refused: " + problems_message("seed", outcome.problems));
    return made;
  }();
  return store;
}

MergeCounts merge_text(store::Store& store, const std::string& text, store::MergeOutcome& outcome) {
  std::istringstream in(text);
  const store::ExportReader read = [&](ExportSink& sink) { stream_json_export(in, sink); };
  outcome = store.merge({read}, kZone, Day::max(), kLoggedAt);
  return outcome.counts.empty() ? MergeCounts{} : outcome.counts.front();
}

}  // namespace

MergeCounts merge(std::string_view input) {
  auto& store = merge_diary();
  const auto before = export_of(store, true);
  store::MergeOutcome outcome;
  const auto counts = merge_text(store, std::string(input), outcome);
  const auto message = problems_message("fuzz-input", outcome.problems, "nothing merged");
  require(message.find("nothing merged") == 0, "a problem list that does not start as it should");
  if (!outcome.problems.empty()) {
    require(export_of(store, true) == before, "a refused merge changed the diary");
    return {};
  }
  const auto merged = export_of(store, true);
  // The same file again changes nothing: every row of it is now as new here as there.
  const auto again = merge_text(store, std::string(input), outcome);
  require(outcome.problems.empty() && again.added + again.updated + again.deleted == 0, "a second merge changed rows");
  require(export_of(store, true) == merged, "a second merge changed the export");
  // Undo puts the diary back as it was, byte for byte.
  if (counts.added + counts.updated + counts.deleted > 0) require(store.undo_last().has_value(), "a merge cannot be undone");
  require(export_of(store, true) == before, "undo of a merge did not give back the diary as it was");
  return counts;
}

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

ImportCounts csv_import(std::string_view input) {
  const auto stream = [](std::istream& in, ExportSink& sink) { stream_csv_export(in, sink); };
  return import_round_trip(input, stream, false);
}

ImportCounts json_import(std::string_view input) {
  return import_round_trip(input, stream_json_export, true);
}

namespace {

/// The next line of `input` (without its newline), taken off it.
std::string_view next_line(std::string_view& input) {
  const auto end = input.find('\n');
  const auto line = input.substr(0, end);
  input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
  return line;
}

void require_arguments(const std::vector<std::string>& args, std::string_view command) {
  require(args.size() >= 3 && args.front() == command && args[args.size() - 2] == "--", "arguments without the level after --");
  for (std::size_t i = 1; i + 2 < args.size(); ++i) {
    require(args[i].starts_with("--note=") || args[i].starts_with("--where="), "a form value outside its option");
  }
}

}  // namespace

void serve_request(std::string_view input) {
  const serve::Guard guard{"0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210", {"127.0.0.1:8642"}};
  const auto host = next_line(input), origin = next_line(input), cookie = next_line(input), token = next_line(input);
  for (const std::string_view method : {"GET", "POST"}) {
    const auto verdict = serve::check_request(guard, {method, host, origin, cookie, token});
    if (verdict != serve::Verdict::allow && verdict != serve::Verdict::allow_and_set_cookie) continue;
    require(host == "127.0.0.1:8642", "a request let through to another Host");
    const bool carries = cookie.find(guard.token) != std::string_view::npos || token == guard.token;
    require(carries, "a request let through without the token");
    require(method == "GET" || origin == "http://127.0.0.1:8642" || origin == "https://127.0.0.1:8642",
            "a write let through from another origin");
  }
  const auto fields = serve::parse_form(input);
  require_arguments(serve::pain_args(fields), "pain");
  require_arguments(serve::done_args(fields), "done");
  require(serve::form_secret_ok(guard, serve::field(fields, "form_secret")) == (serve::field(fields, "form_secret") == guard.form_secret),
          "a form secret taken that is not the server's");
}

}  // namespace backcare::fuzz
