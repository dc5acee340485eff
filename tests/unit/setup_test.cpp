#include "app/setup.hpp"

#include <gtest/gtest.h>

namespace backcare::app {
namespace {

Environment with(std::map<std::string, std::string> variables) {
  Environment environment;
  environment.variables = std::move(variables);
  return environment;
}

TEST(DiaryPlace, AnAbsoluteXdgDataHomeHoldsTheDiary) {
  const auto place = diary_place(std::nullopt, with({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "/data"}}));
  EXPECT_EQ(place.path, "/data/backcare/backcare.db");
  EXPECT_FALSE(place.named);
}

TEST(DiaryPlace, ARelativeXdgDataHomeIsIgnoredAsTheSpecSays) {
  for (const std::string relative : {"data", "./data", "../x", "~/data"}) {
    const auto place = diary_place(std::nullopt, with({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", relative}}));
    EXPECT_EQ(place.path, "/home/ana/.local/share/backcare/backcare.db") << relative;
  }
}

TEST(DiaryPlace, TheOptionThenBackcareDbComeFirst) {
  const auto environment = with({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "/data"}, {"BACKCARE_DB", "/env.db"}});
  EXPECT_EQ(diary_place(std::nullopt, environment).path, "/env.db");
  EXPECT_EQ(diary_place("/option.db", environment).path, "/option.db");
  EXPECT_TRUE(diary_place("/option.db", environment).named);
}

}  // namespace
}  // namespace backcare::app
