#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace backcare::serve {

/// A form's fields in the order sent (application/x-www-form-urlencoded): the page's own parsing, so its
/// rules are ours and fuzzed (fuzz/fuzz_serve_request.cpp), not a library's.
using FormFields = std::vector<std::pair<std::string, std::string>>;

/// "level=6&note=while+feeding&where=low-back": '+' is a space, %XX a byte; a malformed escape is kept
/// as it is, and a field without '=' has an empty value.
FormFields parse_form(std::string_view body);

/// The first value of `name`, or "".
std::string field(const FormFields& fields, std::string_view name);

/// `pain [--note=NOTE] [--where=PLACE...] -- LEVEL` from the pain form: each value joined to its option
/// and the level after "--", so a note or place that begins with "-" is only ever a value. backcare's own
/// parsing then checks each, as it does typed.
std::vector<std::string> pain_args(const FormFields& fields);
/// `done -- ROUTINE`.
std::vector<std::string> done_args(const FormFields& fields);

}  // namespace backcare::serve
