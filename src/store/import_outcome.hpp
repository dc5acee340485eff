#pragma once
#include <vector>

#include "domain/import_counts.hpp"
#include "domain/merge_counts.hpp"
#include "transfer/problem_list.hpp"

namespace backcare::store {

/// What an import did, or why it did nothing: then `problems` is not empty and `counts` all zero.
struct ImportOutcome {
  domain::ImportCounts counts;
  transfer::ProblemList problems;
};

/// What a merge did with each file, in order; or, when `problems` is not empty, why it did nothing, and
/// which file (its index) was refused.
struct MergeOutcome {
  std::vector<domain::MergeCounts> counts;
  transfer::ProblemList problems;
  std::size_t refused_file = 0;
};

}  // namespace backcare::store
