#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "content/content.hpp"
#include "rules/body_flags.hpp"
#include "support/sanitizers.hpp"

// "Should she read the red flags now?" has one answer: rules::due_now, asked through
// commands::redflags_now and by nothing else. A command that decided its own window (its day, its week,
// the latest logged day) would call the rulebook's pointer itself; this fails when one does.

namespace {

const std::filesystem::path kSource = BACKCARE_SOURCE_DIR;

std::string read(const std::filesystem::path& file) {
  std::ifstream in(file);
  return {std::istreambuf_iterator<char>(in), {}};
}

/// The files of src/, relative to it, that hold `text`.
std::set<std::string> files_holding(const std::string& text) {
  std::set<std::string> found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kSource)) {
    if (entry.is_regular_file() && read(entry.path()).find(text) != std::string::npos) {
      found.insert(std::filesystem::relative(entry.path(), kSource).string());
    }
  }
  return found;
}

}  // namespace

TEST(OneRule, OnlyTheRulesAskThePointerAndOnlyOneFeederAsksDueNow) {
  const std::set<std::string> rules{"rules/due_now.cpp", "rules/redflag_pointer.cpp", "rules/redflag_pointer.hpp"};
  EXPECT_EQ(files_holding("redflag_pointer("), rules);
  EXPECT_EQ(files_holding("PointerEvidence"),
            (std::set<std::string>{"rules/due_now.cpp", "rules/redflag_pointer.hpp", "rules/redflag_pointer.cpp"}));
  EXPECT_EQ(files_holding("rules::due_now("), std::set<std::string>{"commands/support/redflags_now.cpp"});
}

TEST(OneRule, EveryCommandThatSpeaksAboutNowAsksTheFeeder) {
  // pain, sign, done and checkin confirm through commands::logged, which asks after the write.
  const std::vector<std::string> direct{"today", "suggest", "plan", "week", "trend", "report", "edit"};
  for (const auto& command : direct) {
    EXPECT_NE(read(kSource / "commands" / (command + ".cpp")).find("redflags_now(env)"), std::string::npos) << command;
  }
  for (const std::string command : {"pain", "sign", "done", "checkin"}) {
    EXPECT_NE(read(kSource / "commands" / (command + ".cpp")).find(" logged("), std::string::npos) << command;
  }
  EXPECT_NE(read(kSource / "commands/support/entries.cpp").find("confirmation.due = redflags_now(env);"),
            std::string::npos);
  // merge and sync: what came in from another device counts as soon as it is in.
  EXPECT_NE(read(kSource / "commands/support/merge_files.cpp").find("view.due = redflags_now(env);"), std::string::npos);
}

namespace backcare {
namespace {

/// Every flag the body rules can raise: each sign and region on each side alone, soon after a birth with
/// an epidural and long after one without, and leg weakness twice.
std::vector<rules::RecordedSign> every_body_flag() {
  using domain::Side;
  const auto content = content::load_content();
  const domain::Day day = date::sys_days{date::year{2026} / 11 / 26};
  std::vector<rules::RecordedSign> all;
  const auto add = [&all](const rules::BodyFlagInput& input) {
    const auto flags = rules::body_flags(input);
    all.insert(all.end(), flags.begin(), flags.end());
  };
  for (const auto anaesthesia : {domain::Anaesthesia::epidural, domain::Anaesthesia::none}) {
    const rules::BodyFlagInput birth{day - date::days{anaesthesia == domain::Anaesthesia::none ? 400 : 10},
                                     anaesthesia, {}, {}};
    for (const auto* places : {&content.signs, &content.regions}) {
      for (const auto& place : *places) {
        for (const auto side : {Side::unspecified, Side::left, Side::right, Side::both}) {
          if (side != Side::unspecified && !place.sides) continue;
          auto input = birth;
          (places == &content.signs ? input.signs : input.regions).push_back({day, {place.slug, side}});
          add(input);
        }
      }
    }
    auto twice = birth;
    twice.signs = {{day - date::days{3}, {"leg-weakness", Side::left}}, {day, {"leg-weakness", Side::left}}};
    add(twice);
  }
  return all;
}

TEST(OneRule, EveryBodyFlagHasItsWordsInContent) {
  const auto content = content::load_content();
  std::set<std::string> codes, advice;
  for (const auto& flag : every_body_flag()) {
    codes.insert(flag.code);
    advice.insert(flag.advice);
    EXPECT_FALSE(content::BodyFlagWords::find(content.body_flags.said, flag.code).empty()) << flag.code;
    EXPECT_FALSE(content::BodyFlagWords::find(content.body_flags.advice, flag.advice).empty()) << flag.advice;
  }
  EXPECT_EQ(codes.size(), 16u);  // every [[flag]] of content/body.toml is reached
  EXPECT_EQ(advice, (std::set<std::string>{"check", "emergency", "routine", "same_day", "same_day_anaesthetic"}));
  EXPECT_FALSE(content.body_flags.closing.empty());
}

TEST(OneRule, NoRedFlagWordsOfTheBodyLiveOutsideContent) {
  // A scan of the source text: a sanitizer finds nothing in it, and slows the regexes sixfold.
  if (fixtures::kSanitized) GTEST_SKIP() << "scans the sources; the plain build runs it";
  // The words of issue 27's flags are content/body.toml's: none is typed again in src/ outside the
  // rulebook, whose comments cite them.
  const auto content = content::load_content();
  std::vector<std::string> words{content.body_flags.closing};
  for (const auto& item : content.body_flags.said) words.push_back(item.words);
  for (const auto& item : content.body_flags.advice) words.push_back(item.words);
  for (const auto& sign : content.signs) words.push_back(sign.words);
  for (const std::string phrase : {"both legs", "swollen", "emergency department", "bladder or bowel"}) {
    words.push_back(phrase);
  }
  for (const auto& text : words) {
    for (const auto& file : files_holding(text)) {
      EXPECT_TRUE(file.starts_with("rules/")) << "'" << text << "' in " << file;
    }
  }
}

}  // namespace
}  // namespace backcare
