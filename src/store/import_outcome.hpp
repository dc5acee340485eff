#pragma once
#include "domain/import_counts.hpp"
#include "transfer/problem_list.hpp"

namespace backcare::store {

/// What an import did, or why it did nothing: then `problems` is not empty and `counts` all zero.
struct ImportOutcome {
  domain::ImportCounts counts;
  transfer::ProblemList problems;
};

}  // namespace backcare::store
