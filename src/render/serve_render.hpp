#pragma once
#include <string>

#include "render/style.hpp"
#include "views/serve_view.hpp"

namespace backcare::render {

/// Nothing: `serve` never returns a result (it becomes backcare-serve or fails).
inline std::string text(const views::ServeView&, const Style&) { return {}; }

}  // namespace backcare::render
