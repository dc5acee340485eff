#include "transfer/problem_list.hpp"

#include <algorithm>
#include <utility>

#include "domain/terminal_text.hpp"

namespace backcare::transfer {

using domain::Problem;
using domain::quoted_path;

namespace {

/// The number that ends a place ("line 7": 7), 0 when it ends in none ("setting 'week-start'").
unsigned long place_number(const std::string& where) {
  const auto space = where.rfind(' ');
  if (space == std::string::npos || space + 1 == where.size()) return 0;
  const auto digits = where.substr(space + 1);
  if (digits.size() > 9 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  return std::stoul(digits);
}

/// Where a problem stands, for listing in file order: the file as a whole, its settings, its routines,
/// then its rows by number ("line 7" after "line 3", not before), then its tombstones.
std::pair<int, unsigned long> file_order(const Problem& problem) {
  const auto number = place_number(problem.where);
  if (problem.where.empty()) return {0, 0};
  if (problem.where == "settings" || problem.where.starts_with("setting ")) return {1, 0};
  if (problem.where.starts_with("routine")) return {2, number};
  if (problem.where.starts_with("tombstone")) return {4, number};
  return {3, number};
}

}  // namespace

void ProblemList::add(Problem problem, std::size_t rank) {
  ++total_;
  const auto [kind, number] = file_order(problem);
  const Key key{kind, number, rank};
  const auto at = std::size_t(std::upper_bound(keys_.begin(), keys_.end(), key) - keys_.begin());
  if (at >= kProblemsShown) return;
  first_.insert(first_.begin() + std::ptrdiff_t(at), std::move(problem));
  keys_.insert(keys_.begin() + std::ptrdiff_t(at), key);
  if (first_.size() > kProblemsShown) {
    first_.pop_back();
    keys_.pop_back();
  }
}

void ProblemList::replace_all(Problem why) {
  first_ = {std::move(why)};
  keys_ = {Key{}};
  total_ = 1;
}

std::string problems_message(std::string_view file, const ProblemList& problems, std::string_view nothing) {
  const auto total = problems.total();
  std::string out = std::string(nothing) + ": " + std::to_string(total) + (total == 1 ? " problem" : " problems") + " in " +
                    quoted_path(file);
  for (const auto& problem : problems.first()) {
    out += "\n" + (problem.where.empty() ? "" : problem.where + ": ") + problem.field + ": " + problem.why;
  }
  if (total > problems.first().size()) out += "\nand " + std::to_string(total - problems.first().size()) + " more";
  return out;
}

std::string problems_message(std::string_view file, std::vector<Problem> problems) {
  ProblemList list;
  for (auto& problem : problems) list.add(std::move(problem));
  return problems_message(file, list);
}

}  // namespace backcare::transfer
