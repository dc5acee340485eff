#include "render/completion_script.hpp"

namespace backcare::render {
namespace {

// bash and zsh share the walk over the typed words: zsh runs it with ksharrays, so arrays count from 0 in
// both. Names avoid zsh's specials (`path`, `words`).

/// `_backcare_spec AT`: what may follow the command path AT; status 1 when AT is no command.
const Dialect kSh{
    "_backcare_spec() {\n"
    "  _bc_words=\"\" _bc_values=\"\" _bc_slugopts=\"\" _bc_tagopts=\"\" _bc_fixed=\"\" _bc_slugpos=\"\" _bc_retired=\"\"\n"
    "  _bc_tagpos=\"\"\n"
    "  case $1 in\n",
    "    *) return 1 ;;\n  esac\n}\n\n",
    [](const std::string& path) { return "    \"" + path + "\")"; },
    [](const std::string& name, const std::string& value) { return " _bc_" + name + "=\"" + value + "\""; },
    " ;;\n"};

// Walks the words before the cursor to the deepest command path, skipping options and their values, and
// keeps a --db so the slugs and tags come from the diary being completed for.
constexpr const char* kShCandidates = R"sh(# _backcare_candidates CWORD WORD...: sets _bc_list to what may be typed at word CWORD.
_backcare_candidates() {
  local cword=$1 at="" word i
  shift
  local -a cw db
  cw=("$@")
  for ((i = 1; i < cword; i++)); do
    word=${cw[i]}
    [[ $word == --db ]] && db=(--db "${cw[i+1]}")
    _backcare_spec "$at"
    if [[ $word == -* ]]; then
      [[ " $_bc_values " == *" $word "* ]] && ((i++))
      continue
    fi
    _backcare_spec "${at:+$at }$word" && at=${at:+$at }$word
  done
  _backcare_spec "$at"
  local prev=${cw[cword-1]}
  _bc_list=""
  # An option's value asked of the diary: routine slugs or tags, one list or the other.
  local listed=""
  [[ " $_bc_slugopts " == *" $prev "* ]] && listed=routines
  [[ " $_bc_tagopts " == *" $prev "* ]] && listed=tags
  if [[ -n $listed ]]; then
    _bc_list=$(command backcare "${db[@]}" "$listed" --slugs 2>/dev/null)
    return 0
  fi
  # A fixed option's values: the word after each " PREV=" of _bc_fixed (no splitting: zsh would not).
  local rest=" $_bc_fixed "
  while [[ $rest == *" $prev="* ]]; do
    rest=${rest#*" $prev="}
    _bc_list+=" ${rest%% *}"
  done
  [[ " $_bc_values " == *" $prev "* ]] && return 0
  _bc_list=$_bc_words
  if [[ -n $_bc_slugpos ]]; then
    _bc_list+=" $(command backcare "${db[@]}" routines --slugs $_bc_retired 2>/dev/null)"
  fi
  if [[ -n $_bc_tagpos ]]; then
    _bc_list+=" $(command backcare "${db[@]}" tags --slugs 2>/dev/null)"
  fi
  return 0
}
)sh";

// bash splits a word at ':' (COMP_WORDBREAKS), so `sacroiliac:l` comes as three words: joined again for
// the walk, and the answer is the part after the last ':', which is all bash replaces.
constexpr const char* kBashComplete = R"sh(_backcare() {
  local -a typed=()
  local i
  for ((i = 0; i <= COMP_CWORD; i++)); do
    if ((i > 0)) && [[ ${COMP_WORDS[i]} == :* || ${COMP_WORDS[i-1]} == *: ]]; then
      typed[${#typed[@]}-1]+=${COMP_WORDS[i]}
    else
      typed+=("${COMP_WORDS[i]}")
    fi
  done
  local cword=$((${#typed[@]} - 1))
  _backcare_candidates "$cword" "${typed[@]}"
  local IFS=$' \t\n' cur=${typed[cword]}
  COMPREPLY=($(compgen -W "$_bc_list" -- "$cur"))
  [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]] && COMPREPLY=("${COMPREPLY[@]#"${cur%"${cur##*:}"}"}")
}
)sh";

}  // namespace

std::string bash_script(const views::CompletionScript& view) {
  return "# bash completion for backcare: source it, or save it as\n"
         "# ~/.local/share/bash-completion/completions/backcare (backcare completion bash > that file).\n\n" +
         spec_function(view, kSh) + kShCandidates +
         "\n" + kBashComplete +
         "\n"
         "complete -o default -F _backcare backcare\n";
}

std::string zsh_script(const views::CompletionScript& view) {
  return "#compdef backcare\n"
         "# zsh completion for backcare: save it as _backcare in a folder on your fpath, before compinit runs\n"
         "# (backcare completion zsh > ~/.zfunc/_backcare, with fpath=(~/.zfunc $fpath) in ~/.zshrc).\n\n" +
         spec_function(view, kSh) + kShCandidates +
         "\n_backcare() {\n"
         "  setopt localoptions ksharrays\n"
         "  _backcare_candidates \"$((CURRENT - 1))\" \"${words[@]}\"\n"
         "  compadd -- ${=_bc_list}\n"
         "}\n\n"
         "# Autoloaded from fpath this file is _backcare's body; sourced after compinit it registers itself.\n"
         "if [[ $funcstack[1] == _backcare ]]; then _backcare \"$@\"; else compdef _backcare backcare; fi\n";
}

}  // namespace backcare::render
