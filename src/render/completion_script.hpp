#pragma once
#include <functional>
#include <string>
#include <vector>

#include "render/style.hpp"
#include "views/completion.hpp"

namespace backcare::render {

// `completion SHELL` -> the script on stdout. Each script holds the command table as data (one entry a
// command path) and asks `backcare routines --slugs` for routine slugs, `backcare tags --slugs` for tags,
// as the user presses Tab.

/// The script for the view's shell, uncoloured: it is redirected into a file the shell reads.
std::string text(const views::CompletionScript& view, const Style& style);

std::string bash_script(const views::CompletionScript& view);
std::string zsh_script(const views::CompletionScript& view);
std::string fish_script(const views::CompletionScript& view);

/// `words` separated by single spaces.
std::string joined(const std::vector<std::string>& words);

/// The fixed options' values as `OPTION=VALUE` words (`--where=sacroiliac:left`), one a value: what the
/// scripts' `fixed` variable holds, read back by matching the word before the cursor.
std::string fixed_pairs(const std::vector<views::FixedOption>& options);

/// How one shell writes a case of the spec function: "after command path P, variable words holds …".
struct Dialect {
  std::string head, tail;                                          ///< around the cases
  std::function<std::string(const std::string& path)> open_case;
  std::function<std::string(const std::string& name, const std::string& value)> assign;
  std::string close_case;
};
/// The spec function: for each command path, the words, value options, slug options, tag options, fixed
/// options' values and slug and tag flags that follow it (variables words, values, slugopts, tagopts,
/// fixed, slugpos, retired, tagpos).
std::string spec_function(const views::CompletionScript& view, const Dialect& dialect);

}  // namespace backcare::render
