// Shell completion: `routines --slugs` as scripts read it, and each shell's script loaded in that shell
// completing a real routine slug (skipped where the shell is not installed).
#include <cstdio>
#include <fstream>

#include "e2e/harness.hpp"
#include "support/shell.hpp"

namespace backcare::e2e {
namespace {

/// The shell's path, or "" when this machine has none.
std::string shell_path(const std::string& name) {
  for (const char* folder : {"/usr/bin/", "/bin/"}) {
    if (std::filesystem::exists(folder + name)) return folder + name;
  }
  return "";
}

class Completion : public DiaryTest {
 protected:
  /// Runs `snippet` in `shell` with the built binary first on PATH as `backcare`; returns its stdout.
  std::string in_shell(const std::string& shell, const std::string& snippet) {
    const auto bin = dir_ / "bin";
    std::filesystem::create_directories(bin);
    std::filesystem::create_symlink(BACKCARE_BINARY, bin / "backcare");
    std::ofstream(dir_ / "snippet") << snippet;
    const std::string command = "cd '" + dir_.string() + "' && env -i PATH='" + bin.string() + ":/usr/bin:/bin' HOME='" +
                                dir_.string() + "' TZ=UTC BACKCARE_TODAY=" + today_ + " " + shell + " snippet 2>&1";
    return fixtures::shell(command).output;
  }
  /// The script for `shell`, saved in the test's folder.
  std::filesystem::path script(const std::string& shell) {
    const auto path = dir_ / ("completion." + shell);
    std::ofstream(path) << ok({"completion", shell});
    return path;
  }
  void add_pelvic_tilt() { ok({"routine", "add", "pelvic-tilt", "--name", "Pelvic tilt", "--kind", "exercise"}); }
  /// `lines` run in `shell` (bash, zsh or fish) once its script is loaded and `offered WORD...` defined,
  /// which prints what the last word is offered, sorted, on one line; returns the output.
  std::string offered_in(const std::string& shell, const std::string& lines) {
    const std::string source = "source '" + script(shell).string() + "'\n";
    if (shell == "bash") {
      return in_shell(shell_path("bash"), source + "COMP_WORDBREAKS=$' \\t\\n\"\\'><=;|&(:'\n"
                                                   "offered() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); _backcare; "
                                                   "echo $(printf '%s\\n' \"${COMPREPLY[@]}\" | sort); }\n" + lines);
    }
    if (shell == "zsh") {
      return in_shell(shell_path("zsh") + " -f", "autoload -U compinit; compinit -u -D\n" + source +
                                                     "setopt ksharrays\n"
                                                     "offered() { _backcare_candidates $(($# - 1)) \"$@\"; "
                                                     "print -r -- ${(o)${(M)${=_bc_list}:#${@[-1]}*}}; }\n" + lines);
    }
    return in_shell(shell_path("fish") + " --no-config",
                    source + "function offered; echo (complete -C \"$argv\"); end\n" + lines);
  }
};

TEST_F(Completion, SlugsAreTheArticlesThenHerOwnOneALine) {
  add_pelvic_tilt();
  ok({"routine", "retire", "knot-rub"});
  expect_golden("routines_slugs", "$ backcare routines --slugs\n" + ok({"routines", "--slugs"}) + "$ backcare routines --slugs --all\n" +
                                      ok({"routines", "--slugs", "--all"}));
}

TEST_F(Completion, AnUnknownShellIsRefused) {
  expect_refused({"completion", "tcsh"}, "unknown shell 'tcsh': accepted bash, zsh or fish");
}

TEST_F(Completion, BashCompletesARoutineSlugAndHerOwn) {
  const auto bash = shell_path("bash");
  if (bash.empty()) GTEST_SKIP() << "bash is not installed";
  add_pelvic_tilt();
  const auto out = in_shell(bash, "source '" + script("bash").string() + "'\n"
                                  "complete -p backcare\n"
                                  "COMP_WORDS=(backcare done b); COMP_CWORD=2; _backcare; echo \"${COMPREPLY[*]}\"\n"
                                  "COMP_WORDS=(backcare --db '" + db_.string() + "' done p); COMP_CWORD=4; _backcare; "
                                  "echo \"${COMPREPLY[*]}\"\n"
                                  "COMP_WORDS=(backcare rou); COMP_CWORD=1; _backcare; echo \"${COMPREPLY[*]}\"\n"
                                  "COMP_WORDS=(backcare config week); COMP_CWORD=2; _backcare; echo \"${COMPREPLY[*]}\"\n");
  EXPECT_EQ(out, "complete -o default -F _backcare backcare\nback-rub\npalm-press pelvic-tilt\nroutines routine\n"
                 "week-start\n");
}

TEST_F(Completion, ZshLoadsTheScriptAfterCompinitAndCompletesASlug) {
  const auto zsh = shell_path("zsh");
  if (zsh.empty()) GTEST_SKIP() << "zsh is not installed";
  add_pelvic_tilt();
  const auto out = in_shell(zsh + " -f", "autoload -U compinit; compinit -u -D\n"
                                         "source '" + script("zsh").string() + "'\n"
                                         "print $_comps[backcare]\n"
                                         "setopt ksharrays\n"
                                         "_backcare_candidates 5 backcare --db '" + db_.string() + "' edit --routine\n"
                                         "print -l ${(M)${=_bc_list}:#pe*}\n");
  EXPECT_EQ(out, "_backcare\npelvic-tilt\n");
}

TEST_F(Completion, FishCompletesARoutineSlugAndHerOwn) {
  const auto fish = shell_path("fish");
  if (fish.empty()) GTEST_SKIP() << "fish is not installed";
  add_pelvic_tilt();
  const auto out = in_shell(fish + " --no-config", "source '" + script("fish").string() + "'\n"
                                                   "complete -C 'backcare done b'\n"
                                                   "complete -C 'backcare --db " + db_.string() + " routine retire pe'\n"
                                                   "complete -C 'backcare completion z'\n");
  EXPECT_EQ(out, "back-rub\npelvic-tilt\nzsh\n");
}

// Regions after --where (pain and edit) and signs (sign's positional, edit --sign) come from the content,
// embedded in the script: a leg sign only with its side, a region with sides bare and with each side.
// The same cases in every shell: the words after `backcare` (the last one being completed) and what is
// offered, sorted.
using CompletionCases = std::vector<std::pair<std::string, std::string>>;
const CompletionCases kCompletionPlaceCases{
    {"pain 5 --where sac", "sacroiliac sacroiliac:both sacroiliac:left sacroiliac:right"},
    {"pain 5 --where pub", "pubic"},
    {"sign leg-sw", "leg-swelling:both leg-swelling:left leg-swelling:right"},
    {"sign bl", "bladder-bowel"},
    {"edit s1 --sign sad", "saddle-numbness"},
    {"edit p1 --where below", "below-knee below-knee:both below-knee:left below-knee:right"},
};

/// A snippet line `offered backcare WORDS` for each case; and what the snippet prints, a line a case.
std::string completion_lines(const CompletionCases& cases) {
  std::string lines;
  for (const auto& [words, offered] : cases) lines += "offered backcare " + words + "\n";
  return lines;
}
std::string completion_offered(const CompletionCases& cases) {
  std::string lines;
  for (const auto& [words, offered] : cases) lines += offered + "\n";
  return lines;
}

TEST_F(Completion, BashCompletesRegionsAndSigns) {
  if (shell_path("bash").empty()) GTEST_SKIP() << "bash is not installed";
  // bash splits `sacroiliac:l` at the colon, as COMP_WORDBREAKS says; the reply is what follows it.
  const auto out = offered_in("bash", completion_lines(kCompletionPlaceCases) +
                                          "offered backcare pain 5 --where sacroiliac : l\n"
                                          "offered backcare pain 5 --where buttock :\n"
                                          "offered backcare sign leg-swelling : left --n\n");
  EXPECT_EQ(out, completion_offered(kCompletionPlaceCases) + "left\nboth left right\n--note\n");
}

TEST_F(Completion, ZshCompletesRegionsAndSigns) {
  if (shell_path("zsh").empty()) GTEST_SKIP() << "zsh is not installed";
  EXPECT_EQ(offered_in("zsh", completion_lines(kCompletionPlaceCases)), completion_offered(kCompletionPlaceCases));
}

TEST_F(Completion, FishCompletesRegionsAndSigns) {
  if (shell_path("fish").empty()) GTEST_SKIP() << "fish is not installed";
  EXPECT_EQ(offered_in("fish", completion_lines(kCompletionPlaceCases)), completion_offered(kCompletionPlaceCases));
}

// Tags (issue 29), asked of the diary with `tags --slugs`: after `tag` and `untag` (every word of theirs)
// and after --tag (pain, done, edit); the starter tags, and one of her own from the diary --db names.
class CompletionOfTags : public Completion {
 protected:
  void SetUp() override {
    Completion::SetUp();
    ok({"tag", "swimming", "--new", "--date", "yesterday"});
  }
  CompletionCases cases() const {
    const std::string db = "--db " + db_.string() + " ";
    return {{"tag p", "painkiller physio-visit poor-sleep"},
            {"untag lifting h", "hard-day"},
            {"pain 5 --tag l", "lifting long-sitting"},
            {"done back-rub --tag n", "night-feeds"},
            {"edit p1 --tag ph", "physio-visit"},
            {db + "tag sw", "swimming"},
            {db + "untag sw", "swimming"},
            {db + "done back-rub --note x --tag sw", "swimming"},
            {db + "tag --", "--date --help --json --new"}};
  }
};

TEST_F(CompletionOfTags, BashOffersTheStarterTagsAndHerOwn) {
  if (shell_path("bash").empty()) GTEST_SKIP() << "bash is not installed";
  EXPECT_EQ(offered_in("bash", completion_lines(cases())), completion_offered(cases()));
}

TEST_F(CompletionOfTags, ZshOffersTheStarterTagsAndHerOwn) {
  if (shell_path("zsh").empty()) GTEST_SKIP() << "zsh is not installed";
  EXPECT_EQ(offered_in("zsh", completion_lines(cases())), completion_offered(cases()));
}

TEST_F(CompletionOfTags, FishOffersTheStarterTagsAndHerOwn) {
  if (shell_path("fish").empty()) GTEST_SKIP() << "fish is not installed";
  EXPECT_EQ(offered_in("fish", completion_lines(cases())), completion_offered(cases()));
}

}  // namespace
}  // namespace backcare::e2e
