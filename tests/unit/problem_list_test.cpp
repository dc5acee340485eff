#include "transfer/problem_list.hpp"

#include <gtest/gtest.h>

using namespace backcare::domain;
using namespace backcare::transfer;

namespace {

std::vector<std::string> places(const ProblemList& list) {
  std::vector<std::string> out;
  for (const auto& problem : list.first()) out.push_back(problem.where + " " + problem.field);
  return out;
}

}  // namespace

TEST(ProblemList, KeepsTheFirstTwentyInFileOrderAndCountsTheRest) {
  ProblemList list;
  for (int line = 100; line >= 2; --line) list.add({"line " + std::to_string(line), "level", "bad"});
  list.add({"routine 3", "kind", "bad"});  // routines list before rows, though read after them
  EXPECT_EQ(list.total(), 100u);
  ASSERT_EQ(list.first().size(), kProblemsShown);
  EXPECT_EQ(list.first().front().where, "routine 3");
  EXPECT_EQ(list.first()[1].where, "line 2");
  EXPECT_EQ(list.first().back().where, "line 20");
}

TEST(ProblemList, AProblemFoundLateListsWhereItsRankPutsIt) {
  ProblemList list;
  list.add({"line 4", "date", "bad"});
  const auto rank = list.reserve_rank();
  list.add({"line 4", "reps", "bad"});
  list.add({"line 4", "routine", "unknown"}, rank);
  EXPECT_EQ(places(list), (std::vector<std::string>{"line 4 date", "line 4 routine", "line 4 reps"}));
}

TEST(ProblemList, MessageSaysHowManyMore) {
  ProblemList list;
  for (int line = 2; line < 27; ++line) list.add({"line " + std::to_string(line), "level", "bad"});
  const auto message = problems_message("f.csv", list);
  EXPECT_TRUE(message.starts_with("nothing imported: 25 problems in 'f.csv'\nline 2: level: bad\n")) << message;
  EXPECT_TRUE(message.ends_with("\nline 21: level: bad\nand 5 more")) << message;
}

TEST(ProblemList, PlacesWithoutANumberAndTombstonesListInFileOrder) {
  // A setting's version is placed by its key ("setting 'week-start'"): no number to read, and no throw
  // (the fuzzer found one); the tombstones come last in an export, after the entries.
  ProblemList list;
  list.add({"tombstone 1", "uuid", "bad"});
  list.add({"entry 2", "stamp", "bad"});
  list.add({"setting 'week-start'", "stamp", "bad"});
  list.add({"entry 1", "uuid", "bad"});
  list.add({"line 7 x", "note", "bad"});
  std::vector<std::string> places;
  for (const auto& problem : list.first()) places.push_back(problem.where);
  EXPECT_EQ(places, (std::vector<std::string>{"setting 'week-start'", "line 7 x", "entry 1", "entry 2", "tombstone 1"}));
}
