#include "render/completion_script.hpp"

namespace backcare::render {
namespace {

/// `__backcare_spec AT`: what may follow the command path AT; status 1 when AT is no command. `set`
/// leaves a status of its own, so the known paths end with an explicit 0.
const Dialect kFish{
    "function __backcare_spec\n"
    "    set -g __bc_words; set -g __bc_values; set -g __bc_slugopts; set -g __bc_tagopts; set -g __bc_fixed\n"
    "    set -g __bc_slugpos; set -g __bc_retired; set -g __bc_tagpos\n"
    "    switch \"$argv[1]\"\n",
    "        case '*'\n            return 1\n    end\n    return 0\nend\n\n",
    [](const std::string& path) { return "        case '" + path + "'\n"; },
    [](const std::string& name, const std::string& value) { return "            set __bc_" + name + " " + value + "\n"; },
    ""};

// The same walk as the bash and zsh scripts': to the deepest command path, skipping options and their
// values, keeping a --db so the slugs and tags come from the diary being completed for.
constexpr const char* kFishCandidates = R"sh(function __backcare_candidates
    set -l tokens (commandline -opc)
    set -l at ''
    set -l db
    set -l i 2
    while test $i -le (count $tokens)
        set -l word $tokens[$i]
        set i (math $i + 1)
        if test "$word" = --db; and test $i -le (count $tokens)
            set db --db $tokens[$i]
        end
        __backcare_spec "$at"
        if string match -q -- '-*' "$word"
            contains -- $word $__bc_values; and set i (math $i + 1)
            continue
        end
        set -l next (string trim -- "$at $word")
        __backcare_spec "$next"; and set at $next
    end
    __backcare_spec "$at"
    set -l prev $tokens[-1]
    # An option's value asked of the diary: routine slugs or tags, one list or the other.
    set -l listed
    contains -- "$prev" $__bc_slugopts; and set listed routines
    contains -- "$prev" $__bc_tagopts; and set listed tags
    if test -n "$listed"
        command backcare $db $listed --slugs 2>/dev/null
        return 0
    end
    # A fixed option's values: each OPTION=VALUE of __bc_fixed whose option is the word before.
    for pair in $__bc_fixed
        string match -q -- "$prev=*" $pair; and string replace -- "$prev=" '' $pair
    end
    contains -- "$prev" $__bc_values; and return 0
    printf '%s\n' $__bc_words
    if test -n "$__bc_slugpos"
        command backcare $db routines --slugs $__bc_retired 2>/dev/null
    end
    if test -n "$__bc_tagpos"
        command backcare $db tags --slugs 2>/dev/null
    end
end
)sh";

}  // namespace

std::string fish_script(const views::CompletionScript& view) {
  return "# fish completion for backcare: save it as ~/.config/fish/completions/backcare.fish\n"
         "# (backcare completion fish > that file).\n\n" +
         spec_function(view, kFish) + kFishCandidates + "\ncomplete -c backcare -f -a '(__backcare_candidates)'\n";
}

}  // namespace backcare::render
