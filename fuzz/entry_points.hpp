#pragma once
#include <string_view>

#include "domain/import_counts.hpp"
#include "domain/merge_counts.hpp"

namespace backcare::fuzz {

// One function per fuzz target. Each feeds one input through a parser exactly as the program does and
// throws std::logic_error when a property that must hold for every input is broken. Refusing bad input
// (a UserError, a listed problem) is the expected outcome, not a failure. The libFuzzer mains and the
// regression test (tests/unit/fuzz_regressions_test.cpp) both call these, so a crash input kept in
// tests/fuzz-regressions/ is replayed through the same code.

/// domain::parse_day_argument, as `--date` reads it: a day up to today, an ISO date read back exactly.
void day_argument(std::string_view input);
/// domain::parse_level: 0 to 10, written back as the same text, or as that text with "/10".
void level(std::string_view input);
/// A CSV file imported as `import` does it (the streaming reader into the store's ImportSink, on an
/// in-memory diary); a file that is imported exports, imports again and exports the same bytes, and undo
/// takes each import back. What it imported, for the tests.
domain::ImportCounts csv_import(std::string_view input);
/// The same for a JSON file.
domain::ImportCounts json_import(std::string_view input);
/// A JSON file merged (issue 28) into a diary holding rows of known UUIDs: a refused file changes nothing;
/// a merged one merged again changes nothing more, and undo gives back the diary as it was, byte for
/// byte. What the first merge did, for the tests.
domain::MergeCounts merge(std::string_view input);
/// A request to backcare-serve as the page's own code reads it (issue 31): four lines (Host, Origin,
/// Cookie, ?token=) then a form body. A request let through names an allowed Host and carries the token;
/// a POST let through names its own origin; the form's fields become `pain` and `done` arguments that
/// only ever hold values after their options and the level after "--".
void serve_request(std::string_view input);

}  // namespace backcare::fuzz
