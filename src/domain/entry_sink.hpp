#pragma once
#include <functional>

#include "domain/entry_rows.hpp"

namespace backcare::domain {

/// Where the store hands an export's entries, one at a time in export order, so that an export of any size
/// is written as it is read and never held whole: the writers in transfer/ are sinks, the store never
/// knows the file format.
class EntrySink {
 public:
  virtual ~EntrySink() = default;
  virtual void entry(const EntryRow& row) = 0;
};

/// Hands every entry of an export to the sink it is given: the store's read, called by the writer.
using EntrySource = std::function<void(EntrySink&)>;

}  // namespace backcare::domain
