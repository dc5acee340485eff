#pragma once
#include <string>
#include <string_view>

namespace backcare::render {

/// How text output looks: colour only on a terminal and when NO_COLOR is unset.
struct Style {
  bool color = false;
  /// stdout is a terminal (NO_COLOR or not): a document written there (an export) is shown escaped.
  bool terminal = false;

  std::string bold(std::string_view text) const { return wrap("\033[1m", text); }
  std::string dim(std::string_view text) const { return wrap("\033[2m", text); }
  std::string warn(std::string_view text) const { return wrap("\033[1;31m", text); }

 private:
  std::string wrap(const char* code, std::string_view text) const {
    return color ? code + std::string(text) + "\033[0m" : std::string(text);
  }
};

/// `text` padded with spaces to `width` characters (UTF-8 aware), for columns.
std::string pad(std::string_view text, std::size_t width);
/// A clock time for a column: HH:MM, or a dash padded to its width for an entry without one.
std::string shown_time(const std::string& time);
/// A note, or a routine's name or dose, made safe for the terminal (names from before they were checked).
std::string safe(std::string_view note);
/// "6" or "6.5"-style one-decimal figure.
std::string one_decimal(double value);

}  // namespace backcare::render
