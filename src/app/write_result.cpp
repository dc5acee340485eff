#include "app/write_result.hpp"

#include <concepts>
#include <type_traits>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "render/completion_script.hpp"
#include "render/json_text.hpp"
#include "render/patterns_render.hpp"
#include "render/plan_render.hpp"
#include "render/render.hpp"
#include "render/report_page.hpp"
#include "render/serve_render.hpp"
#include "render/suggest_render.hpp"
#include "render/transfer_render.hpp"
#include "render/trend_render.hpp"
#include "render/week_render.hpp"
#include "store/files.hpp"

namespace backcare::app {
namespace {

/// Results that only ever go out as text: each comes from a command without --json. Every other result
/// must have a render::json, or the build fails below: a JSON header left out of the includes above
/// would otherwise make --json print text without a word.
template <class View>
inline constexpr bool kTextOnly = false;
template <>
inline constexpr bool kTextOnly<views::CompletionScript> = true;
template <>
inline constexpr bool kTextOnly<views::ServeView> = true;

/// Results that carry a document (an export, a report, a calendar) to a file or to stdout, likewise checked.
template <class View>
inline constexpr bool kDocument = false;
template <>
inline constexpr bool kDocument<views::ExportView> = true;
template <>
inline constexpr bool kDocument<views::PlanWritten> = true;
template <>
inline constexpr bool kDocument<views::SyncView> = true;
template <>
inline constexpr bool kDocument<views::ReportWritten> = true;

/// A document written piece by piece as it is read (an export of any size), or made whole (the others).
template <class View>
concept WritesDocument = requires(const View& view, const transfer::TextOut& out) { render::write_document(view, out); };
template <class View>
concept HasDocument = requires(const View& view) {
  requires WritesDocument<View> || requires { { render::document(view) } -> std::same_as<std::string>; };
  { render::document_file(view) } -> std::same_as<std::optional<std::string>>;
  { render::document_aside(view) } -> std::same_as<std::optional<std::string>>;
};
template <class View>
concept HasText = requires(const View& view, const render::Style& style) {
  { render::text(view, style) } -> std::same_as<std::string>;
};
template <class View>
concept HasJson = requires(const View& view) { render::json(view); };

template <class View>
constexpr bool renders_as_declared() {
  static_assert(HasText<View>, "a command result without render::text: declare it in render/ and include it here");
  static_assert(HasJson<View> || kTextOnly<View>,
                "a command result without render::json: declare it in render/ and include it here, or list it "
                "in kTextOnly if its command has no --json");
  static_assert(!(HasJson<View> && kTextOnly<View>), "a result listed in kTextOnly has a render::json");
  static_assert(HasDocument<View> == kDocument<View>,
                "a result's render::document is not declared here, or it is not listed in kDocument");
  return true;
}

template <class... Views>
constexpr bool every_result_renders(std::type_identity<std::variant<Views...>>) {
  return (renders_as_declared<Views>() && ...);
}
static_assert(every_result_renders(std::type_identity<commands::Result>{}));

/// Puts the view's document to `out`, whole or in pieces.
template <class View>
void put_document(const View& view, const transfer::TextOut& out) {
  if constexpr (WritesDocument<View>) render::write_document(view, out);
  else out(render::document(view));
}

/// Writes a document to its file, or to `out` when it has none; true when it went to `out`, and then
/// what goes beside it (the pointer to the red flags) to `err`. A file or a pipe gets it exact, byte for
/// byte; a terminal gets it escaped, so a note's escape sequence (OSC 52 sets the clipboard) is shown,
/// not acted on.
template <class View>
bool write_document(const View& view, const render::Style& style, std::ostream& out, std::ostream& err) {
  if constexpr (kDocument<View>) {
    const auto file = render::document_file(view);
    if (!file) {
      if (const auto aside = render::document_aside(view)) err << *aside;
      // Each piece is whole lines or whole JSON values, so escaping piece by piece escapes as a whole would.
      put_document(view, [&](std::string_view piece) {
        if (style.terminal) out << domain::escape_document_for_terminal(piece);
        else out.write(piece.data(), std::streamsize(piece.size()));
      });
      return true;
    }
    // Written whole through a 0600 temporary file and a rename: it holds health data.
    store::write_file_atomically(*file, [&](const store::TextOut& put) { put_document(view, put); });
  }
  return false;
}

}  // namespace

void write_result(const commands::Result& result, bool json, const render::Style& style, std::ostream& out,
                  std::ostream& err) {
  std::visit(
      [&](const auto& view) {
        if (write_document(view, style, out, err)) return;
        if constexpr (!kTextOnly<std::decay_t<decltype(view)>>) {
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
