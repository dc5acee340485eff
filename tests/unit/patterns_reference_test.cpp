// reports::build_patterns against an independent computation (tests/e2e/tools/patterns_reference.py, the
// Python standard library's statistics and its own Student t) on generated diaries: gaps of days without
// entries, factors logged before the first entry, spans over month and year ends, same day and next day;
// tags on days, pain entries and routines done (reports::tag_factors), the reference finding their days
// from the entries itself.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "reports/patterns.hpp"

using namespace backcare::reports;
using backcare::domain::Day;

namespace {

/// Debian's python3 (not one of a version manager's earlier on PATH); the reference needs only its stdlib.
constexpr const char* kPatternsPython = "/usr/bin/python3";
constexpr int kPatternsDiaries = 20;
/// Starts a few weeks before a month's or a year's end (a leap February among them), so spans cross them.
const char* const kPatternsStarts[] = {"2023-12-10", "2024-02-12", "2025-02-10", "2019-12-25", "2024-11-20"};

/// A factor as generated: its days, and how much it moves that day's pain and the next day's.
struct PatternsFactor {
  Factor factor;
  int same = 0, next = 0;
};

std::vector<PatternsFactor> patterns_factors(std::mt19937& random, Day from, Day to) {
  const auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  const int effects[] = {0, 0, 0, 3, -3};
  std::vector<PatternsFactor> factors;
  for (const FactorKind kind : {FactorKind::tag, FactorKind::routine}) {
    for (int i = pick(1, 8); i > 0; --i) {
      PatternsFactor made{{kind, std::string(kind == FactorKind::tag ? "t-" : "r-") + char('a' + i), {}},
                          effects[pick(0, 4)], effects[pick(0, 4)]};
      const int percent = pick(3, 70);  // some factors rare enough to miss the minimum
      for (Day day = from; day < to; day += date::days{1}) {
        if (pick(1, 100) <= percent) made.factor.days.insert(day);
      }
      factors.push_back(made);
    }
  }
  return factors;
}

/// A generated diary as its entries, as the command reads them from the store.
struct PatternsDiary {
  std::vector<backcare::domain::PainEntry> pain;
  std::vector<backcare::domain::Completion> done;
  std::vector<backcare::domain::DayTag> day_tags;
  bool next_day = false;
};

/// Puts a tag on `day` as a day's tag, on one of its pain entries or on one of its routines done (as a
/// day's tag when the day has no such entry), and sometimes on a second carrier too: still one day.
void patterns_carry_tag(std::mt19937& random, PatternsDiary& diary, std::size_t pain_from, std::size_t done_from,
                        const std::string& tag, Day day) {
  const auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  for (int carriers = pick(1, 5) == 1 ? 2 : 1; carriers > 0; --carriers) {
    const int carrier = pick(0, 2);
    const auto on_one = [&](auto& entries, std::size_t from) {
      if (from == entries.size()) return false;
      auto& tags = entries[std::size_t(pick(int(from), int(entries.size()) - 1))].tags;
      if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
      return true;
    };
    if (carrier == 1 && on_one(diary.pain, pain_from)) continue;
    if (carrier == 2 && on_one(diary.done, done_from)) continue;
    diary.day_tags.emplace_back().day = day;
    diary.day_tags.back().slug = tag;
  }
}

/// One day's entries: pain (unless `gap`) moved by the factors of that day and the day before, the
/// routines done, then the tags carried.
void patterns_day_entries(std::mt19937& random, PatternsDiary& diary, const std::vector<PatternsFactor>& factors,
                          Day day, bool pain, int base) {
  const auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  const std::size_t pain_from = diary.pain.size(), done_from = diary.done.size();
  int effect = 0;
  for (const auto& made : factors) {
    effect += made.factor.days.contains(day) ? made.same : 0;
    effect += made.factor.days.contains(day - date::days{1}) ? made.next : 0;
  }
  for (int e = pain ? pick(1, 3) : 0; e > 0; --e) {
    diary.pain.emplace_back().day = day;
    diary.pain.back().level = std::clamp(base + effect + pick(-2, 2), 0, 10);
  }
  for (const auto& made : factors) {
    if (made.factor.kind == FactorKind::routine && made.factor.days.contains(day)) {
      diary.done.emplace_back().day = day;
      diary.done.back().slug = made.factor.slug;
    }
  }
  for (const auto& made : factors) {
    if (made.factor.kind == FactorKind::tag && made.factor.days.contains(day)) {
      patterns_carry_tag(random, diary, pain_from, done_from, made.factor.slug, day);
    }
  }
}

/// A diary of 15 to 150 days with gaps; factors also logged in the 10 days before it and 2 after.
PatternsDiary patterns_generated(std::mt19937& random, int index) {
  const auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  const Day first = *backcare::domain::parse_iso(kPatternsStarts[index % 5]) + date::days{pick(0, 20)};
  const Day end = first + date::days{pick(15, 150)};
  const auto factors = patterns_factors(random, first - date::days{10}, end + date::days{2});
  const int gap_percent = pick(0, 40), base = pick(2, 6);
  PatternsDiary diary;
  diary.next_day = index % 2 == 1;
  for (Day day = first - date::days{10}; day < end + date::days{2}; day += date::days{1}) {
    const bool pain = day >= first && day < end && pick(1, 100) > gap_percent;
    patterns_day_entries(random, diary, factors, day, pain, base);
  }
  return diary;
}

/// What the command hands build_patterns: each day's mean, the tags and the routines as factors.
PatternInput patterns_input(const PatternsDiary& diary) {
  std::map<Day, std::pair<int, int>> sums;  // day -> sum, entries
  for (const auto& entry : diary.pain) {
    sums[entry.day].first += entry.level;
    ++sums[entry.day].second;
  }
  std::map<std::pair<Day, std::string>, int> counts;
  for (const auto& done : diary.done) ++counts[{done.day, done.slug}];
  std::vector<backcare::domain::DailyCompletions> daily;
  for (const auto& [key, count] : counts) daily.push_back({key.first, key.second, count});
  const backcare::domain::DateRange all{Day{} - date::days{100000}, Day{} + date::days{100000}};
  PatternInput input;
  input.next_day = diary.next_day;
  for (const auto& [day, sum] : sums) input.day_means[day] = double(sum.first) / sum.second;
  input.factors = tag_factors(diary.day_tags, diary.pain, diary.done, all);
  for (auto& routine : routine_factors(daily, all)) input.factors.push_back(std::move(routine));
  return input;
}

nlohmann::json patterns_json(const PatternsDiary& diary) {
  nlohmann::json pain = nlohmann::json::array(), done = nlohmann::json::array(), tags = nlohmann::json::array();
  for (const auto& entry : diary.pain) {
    pain.push_back({{"day", backcare::domain::format_iso(entry.day)}, {"level", entry.level}, {"tags", entry.tags}});
  }
  for (const auto& entry : diary.done) {
    done.push_back({{"day", backcare::domain::format_iso(entry.day)}, {"slug", entry.slug}, {"tags", entry.tags}});
  }
  for (const auto& tag : diary.day_tags) {
    tags.push_back({{"day", backcare::domain::format_iso(tag.day)}, {"slug", tag.slug}});
  }
  return {{"next_day", diary.next_day}, {"diary", {{"pain", pain}, {"done", done}, {"day_tags", tags}}}};
}

/// The reference's rows for each input, read from its stdout.
nlohmann::json patterns_reference(const nlohmann::json& inputs) {
  const auto file =
      std::filesystem::temp_directory_path() / ("backcare-patterns-" + std::to_string(::getpid()) + ".json");
  std::ofstream(file) << inputs;
  const std::string command = std::string(kPatternsPython) +
                              " " BACKCARE_ROOT_DIR "/tests/e2e/tools/patterns_reference.py '" + file.string() + "'";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  while (const auto got = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, got);
  EXPECT_EQ(::pclose(pipe), 0) << output;
  std::filesystem::remove(file);
  return nlohmann::json::parse(output);
}

/// The largest gap seen between the two computations, for the closer check at the end.
double patterns_largest_gap = 0;

/// Equal at two decimals, as shown. Two figures within a hair of each other may still round apart when
/// they sit on a rounding edge (x.xx5): allowed only when they differ by under 1e-9.
void patterns_expect_two_decimals(const std::optional<double>& ours, const nlohmann::json& theirs,
                                  const std::string& what) {
  ASSERT_EQ(ours.has_value(), !theirs.is_null()) << what;
  if (!ours) return;
  const double reference = theirs.get<double>(), gap = std::abs(*ours - reference);
  patterns_largest_gap = std::max(patterns_largest_gap, gap);
  EXPECT_LT(gap, 0.005) << what;
  EXPECT_TRUE(std::round(*ours * 100) == std::round(reference * 100) || gap < 1e-9)
      << what << ": " << *ours << " against " << reference;
}

void patterns_expect_row(const PatternRow& ours, const nlohmann::json& theirs, const std::string& where) {
  EXPECT_EQ(ours.kind == FactorKind::tag ? "tag" : "routine", theirs["kind"].get<std::string>()) << where;
  EXPECT_EQ(ours.slug, theirs["slug"].get<std::string>()) << where;
  EXPECT_EQ(ours.days_with, theirs["days_with"].get<int>()) << where;
  EXPECT_EQ(ours.days_without, theirs["days_without"].get<int>()) << where;
  patterns_expect_two_decimals(ours.mean_with, theirs["mean_with"], where + " mean_with");
  patterns_expect_two_decimals(ours.mean_without, theirs["mean_without"], where + " mean_without");
  ASSERT_EQ(ours.interval.has_value(), !theirs["interval"].is_null()) << where;
  if (ours.interval) {
    const auto& interval = theirs["interval"];
    patterns_expect_two_decimals(ours.interval->difference, interval["difference"], where + " difference");
    patterns_expect_two_decimals(ours.interval->low, interval["low"], where + " low");
    patterns_expect_two_decimals(ours.interval->high, interval["high"], where + " high");
  }
  EXPECT_EQ(backcare::rules::pattern_code(ours.label), theirs["label"].get<std::string>()) << where;
}

}  // namespace

TEST(PatternsReference, AgreesWithAnIndependentComputationOnGeneratedDiaries) {
  std::mt19937 random(29);
  std::vector<PatternInput> inputs;
  nlohmann::json specs = nlohmann::json::array();
  for (int i = 0; i < kPatternsDiaries; ++i) {
    const auto diary = patterns_generated(random, i);
    inputs.push_back(patterns_input(diary));
    specs.push_back(patterns_json(diary));
  }
  const auto reference = patterns_reference(specs);
  ASSERT_EQ(reference.size(), inputs.size());
  std::map<std::string, int> labels;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto ours = build_patterns(inputs[i]);
    const auto& theirs = reference[i]["rows"];
    ASSERT_EQ(ours.rows.size(), theirs.size()) << "diary " << i;
    EXPECT_EQ(ours.compared, reference[i]["compared"].get<int>()) << "diary " << i;
    for (std::size_t r = 0; r < ours.rows.size(); ++r) {
      patterns_expect_row(ours.rows[r], theirs[r], "diary " + std::to_string(i) + " row " + std::to_string(r));
      const std::string kind = ours.rows[r].kind == FactorKind::tag ? "tag " : "routine ";
      ++labels[kind + backcare::rules::pattern_code(ours.rows[r].label)];
    }
  }
  // The comparison saw every label of each kind, so a check that could never disagree would not pass
  // unnoticed.
  for (const std::string kind : {"tag ", "routine "}) {
    for (const char* code : {"looks_different", "no_clear_difference", "not_enough_days"}) {
      EXPECT_GT(labels[kind + code], 0) << kind << code;
    }
  }
  // Two decimals is what is shown; the two computations in fact agree far closer.
  EXPECT_LT(patterns_largest_gap, 1e-6);
}
