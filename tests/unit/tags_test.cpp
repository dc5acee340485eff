// Tags as slugs (issue 29): what a tag may hold, "did you mean", --new, and the stored list form.
#include <gtest/gtest.h>

#include "domain/errors.hpp"
#include "domain/tags.hpp"

namespace backcare::domain {
namespace {

std::string refusal(const std::vector<std::string>& typed, const TagChoice& choice) {
  try {
    parse_tags(typed, choice);
  } catch (const UserError& error) {
    return error.what();
  }
  return "";
}

const TagChoice kStarter{{"poor-sleep", "night-feeds", "lifting", "painkiller"}, false};

TEST(TagSlugs, ATagIsOneToTwentyFourOfLowerCaseLettersDigitsAndDashes) {
  for (const std::string good : {"a", "poor-sleep", "x2", "-", "abcdefghijklmnopqrstuvwx"}) EXPECT_TRUE(is_tag(good)) << good;
  for (const std::string bad : {"", "Poor", "poor sleep", "poor_sleep", "é", "abcdefghijklmnopqrstuvwxy", "a,b"}) {
    EXPECT_FALSE(is_tag(bad)) << bad;
  }
  EXPECT_EQ(parse_tag("Poor-SLEEP"), "poor-sleep");
}

TEST(TagSlugs, KnownTagsAreTakenInOrderOnceEach) {
  EXPECT_EQ(parse_tags({"Lifting", "poor-sleep", "lifting"}, kStarter), (std::vector<std::string>{"lifting", "poor-sleep"}));
  EXPECT_EQ(parse_tags({}, kStarter), std::vector<std::string>{});
}

TEST(TagSlugs, AnUnknownTagIsRefusedNamingTheNearestAndNew) {
  EXPECT_EQ(refusal({"liftin"}, kStarter),
            "unknown tag 'liftin' (did you mean 'lifting'?): accepted a tag 'backcare tags' lists, or --new to make 'liftin'");
  EXPECT_EQ(refusal({"swimming"}, kStarter),
            "unknown tag 'swimming': accepted a tag 'backcare tags' lists, or --new to make 'swimming'");
  EXPECT_EQ(parse_tags({"swimming"}, {kStarter.known, true}), std::vector<std::string>{"swimming"});
  EXPECT_EQ(refusal({"liftin"}, {kStarter.known, false, true}),
            "unknown tag 'liftin' (did you mean 'lifting'?): accepted a tag 'backcare tags' lists; a new tag is made "
            "with 'backcare tag liftin --new'");
  EXPECT_EQ(refusal({"bad tag"}, {kStarter.known, true}),
            "invalid tag 'bad tag': accepted a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep)");
}

TEST(TagSlugs, TheFirstProblemTypedIsTheOneRefused) {
  EXPECT_EQ(refusal({"swimming", "bad tag"}, kStarter),
            "unknown tag 'swimming': accepted a tag 'backcare tags' lists, or --new to make 'swimming'");
  EXPECT_EQ(refusal({"bad tag", "swimming"}, kStarter),
            "invalid tag 'bad tag': accepted a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep)");
}

TEST(TagSlugs, ParsedOnlyTheyAreCheckedAndOnceEachWithNoCapOrKnownTags) {
  std::vector<std::string> eleven{"Swimming", "swimming"};
  for (int i = 0; i < 11; ++i) eleven.push_back("t" + std::to_string(i));
  const auto tags = parse_tag_texts(eleven);
  EXPECT_EQ(tags.size(), 12u);
  EXPECT_EQ(tags.front(), "swimming");
  EXPECT_THROW(parse_tag_texts({"lifting", "bad tag"}), UserError);
}

TEST(TagSlugs, AtMostTenOnOneEntry) {
  std::vector<std::string> eleven;
  for (int i = 0; i < 11; ++i) eleven.push_back("t" + std::to_string(i));
  EXPECT_EQ(refusal(eleven, {{}, true}), "too many tags (11): accepted at most 10 on one entry");
  eleven.pop_back();
  EXPECT_EQ(parse_tags(eleven, {{}, true}).size(), 10u);
}

TEST(TagSlugs, TheStoredListIsSpaceSeparatedAndReadBackChecked) {
  EXPECT_EQ(format_tags({"lifting", "poor-sleep"}), "lifting poor-sleep");
  std::string problem;
  EXPECT_EQ(read_tag_list("lifting poor-sleep", &problem), (std::vector<std::string>{"lifting", "poor-sleep"}));
  EXPECT_EQ(problem, "");
  EXPECT_EQ(read_tag_list("", &problem), std::vector<std::string>{});
  const std::pair<std::string, std::string> bad[] = {
      {"lifting  poor-sleep", "'' is not a tag: accepted a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep), separated by single spaces"},
      {"lifting ", "a space at the end: accepted tags separated by single spaces"},
      {"lifting lifting", "the tag 'lifting' is given twice"},
      {"Lifting", "'Lifting' is not a tag: accepted a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep), separated by single spaces"},
      {"a b c d e f g h i j k", "11 tags: accepted at most 10"}};
  for (const auto& [text, why] : bad) {
    problem.clear();
    EXPECT_EQ(read_tag_list(text, &problem), std::vector<std::string>{}) << text;
    EXPECT_EQ(problem, why) << text;
  }
}

}  // namespace
}  // namespace backcare::domain
