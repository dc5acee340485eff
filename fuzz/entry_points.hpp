#pragma once
#include <string_view>

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
/// A CSV file through import's reading and checks; a file that passes is exported and read back unchanged.
void csv_import(std::string_view input);
/// A JSON file through import's reading and checks; a file that passes is exported and read back unchanged.
void json_import(std::string_view input);

}  // namespace backcare::fuzz
