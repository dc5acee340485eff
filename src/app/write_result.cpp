#include "app/write_result.hpp"

#include "domain/errors.hpp"
#include "render/completion_script.hpp"
#include "render/html_report.hpp"
#include "render/plan_render.hpp"
#include "render/render.hpp"
#include "render/report_render.hpp"
#include "render/transfer_render.hpp"
#include "store/files.hpp"

namespace backcare::app {
namespace {

/// Writes a document to its file, or to `out` when it has none; true when it went to `out`.
template <class View>
bool write_document(const View& view, std::ostream& out) {
  if constexpr (requires { render::document(view); }) {
    const auto file = render::document_file(view);
    if (!file) {
      out << render::document(view);
      return true;
    }
    // Written whole through a 0600 temporary file and a rename: it holds health data.
    store::write_file_atomically(*file, render::document(view));
  }
  return false;
}

}  // namespace

void write_result(const commands::Result& result, bool json, const render::Style& style, std::ostream& out) {
  std::visit(
      [&](const auto& view) {
        if (write_document(view, out)) return;
        // A view without JSON (a completion script) comes from a command without --json.
        if constexpr (requires { render::json(view); }) {
          if (json) out << render::json(view).dump(2) << "\n";
          else out << render::text(view, style);
        } else {
          out << render::text(view, style);
        }
        if constexpr (requires { render::failure(view); }) {
          if (const auto why = render::failure(view)) throw StorageError(*why);
        }
      },
      result);
}

}  // namespace backcare::app
