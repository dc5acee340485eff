#include "app/write_result.hpp"

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "render/completion_script.hpp"
#include "render/html_report.hpp"
#include "render/json_text.hpp"
#include "render/plan_render.hpp"
#include "render/render.hpp"
#include "render/report_render.hpp"
#include "render/transfer_render.hpp"
#include "store/files.hpp"

namespace backcare::app {
namespace {

/// Writes a document to its file, or to `out` when it has none; true when it went to `out`. A file or a
/// pipe gets it exact, byte for byte; a terminal gets it escaped, so a note's escape sequence (OSC 52
/// sets the clipboard) is shown, not acted on.
template <class View>
bool write_document(const View& view, const render::Style& style, std::ostream& out) {
  if constexpr (requires { render::document(view); }) {
    const auto file = render::document_file(view);
    if (!file) {
      const auto text = render::document(view);
      out << (style.terminal ? domain::escape_document_for_terminal(text) : text);
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
        if (write_document(view, style, out)) return;
        // A view without JSON (a completion script) comes from a command without --json.
        if constexpr (requires { render::json(view); }) {
          if (json) out << render::json_text(render::json(view));
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
