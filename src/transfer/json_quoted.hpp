#pragma once
#include <string>
#include <string_view>

namespace backcare::transfer {

/// `text` as a JSON string literal, quotes included, exactly as the JSON library's dump writes it (C0
/// controls, quote and backslash escaped; everything else as it is), without building a JSON value: an
/// export writes millions of them. json_text's escaping of other controls is still to be applied.
std::string json_quoted(std::string_view text);

}  // namespace backcare::transfer
