#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "domain/problem.hpp"

namespace backcare::transfer {

/// How many problems a refusal lists; the rest are counted.
inline constexpr std::size_t kProblemsShown = 20;

/// The problems of a file, bounded: the first kProblemsShown in file order (see problems_message) and
/// how many there are in all, so a file of a million bad rows costs no more memory than one of 21.
/// Problems may arrive out of file order (a JSON file's routines come after its entries); those of one
/// place are listed in the order they were found.
class ProblemList {
 public:
  void add(domain::Problem problem) { add(std::move(problem), reserve_rank()); }
  /// Adds a problem found late (a routine known only at the file's end) as if found when its place was
  /// read: `rank` is what reserve_rank() gave then.
  void add(domain::Problem problem, std::size_t rank);
  /// The rank of the next problem found, for one whose finding has to wait.
  std::size_t reserve_rank() { return next_rank_++; }
  /// Forgets everything, keeping only `why`: the file as a whole is refused.
  void replace_all(domain::Problem why);

  bool empty() const { return total_ == 0; }
  std::size_t total() const { return total_; }
  /// The first kProblemsShown in file order.
  const std::vector<domain::Problem>& first() const { return first_; }

 private:
  /// Where a problem lists: its place's file order (see problems_message), then its rank.
  using Key = std::tuple<int, unsigned long, std::size_t>;

  std::vector<domain::Problem> first_;
  std::vector<Key> keys_;  ///< first_'s
  std::size_t total_ = 0;
  std::size_t next_rank_ = 0;
};

/// The refusal of a file with problems: a line naming the file and how many problems it has, then one
/// line per problem in file order (the first 20), then "and N more". `nothing` opens it: what did not
/// happen ("nothing imported", "nothing merged").
std::string problems_message(std::string_view file, const ProblemList& problems,
                             std::string_view nothing = "nothing imported");
std::string problems_message(std::string_view file, std::vector<domain::Problem> problems);

}  // namespace backcare::transfer
