#include "render/completion_script.hpp"

namespace backcare::render {

std::string text(const views::CompletionScript& view, const Style&) {
  if (view.shell == "fish") return fish_script(view);
  return view.shell == "zsh" ? zsh_script(view) : bash_script(view);
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

std::string fixed_pairs(const std::vector<views::FixedOption>& options) {
  std::vector<std::string> pairs;
  for (const auto& option : options) {
    for (const auto& value : option.values) pairs.push_back(option.option + "=" + value);
  }
  return joined(pairs);
}

std::string spec_function(const views::CompletionScript& view, const Dialect& dialect) {
  std::string out = dialect.head;
  for (const auto& command : view.commands) {
    out += dialect.open_case(command.path) + dialect.assign("words", joined(command.words));
    if (!command.value_options.empty()) out += dialect.assign("values", joined(command.value_options));
    if (!command.slug_options.empty()) out += dialect.assign("slugopts", joined(command.slug_options));
    if (!command.tag_options.empty()) out += dialect.assign("tagopts", joined(command.tag_options));
    if (!command.fixed_options.empty()) out += dialect.assign("fixed", fixed_pairs(command.fixed_options));
    if (command.slug_positionals) out += dialect.assign("slugpos", "1");
    if (command.retired_slugs) out += dialect.assign("retired", "--all");
    if (command.tag_positionals) out += dialect.assign("tagpos", "1");
    out += dialect.close_case;
  }
  return out + dialect.tail;
}

}  // namespace backcare::render
