#pragma once
#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "transfer/export_json_items.hpp"

namespace backcare::transfer {

/// Builds one JSON value from SAX events as nlohmann's own parser does (a repeated key keeps its first
/// place and its last value), so that an element reads exactly as it did from the whole document.
class ValueBuilder {
 public:
  void scalar(ExportJson value) { place(std::move(value)); }
  void open(ExportJson container) { open_.push_back(place(std::move(container))); }
  /// False when the value's own object (not one inside it) has had this key already.
  bool key(std::string key) {
    key_ = std::move(key);
    return open_.size() != 1 || keys_.insert(key_).second;
  }
  void close() { open_.pop_back(); }
  bool done() const { return open_.empty(); }
  /// How many values, containers included, the value holds so far.
  std::size_t values() const { return values_; }
  ExportJson take() { return std::move(root_); }

 private:
  /// Puts `value` where the next value goes; its address stays valid while it is open, as only the
  /// innermost open container grows.
  ExportJson* place(ExportJson value) {
    ++values_;
    if (open_.empty()) return &(root_ = std::move(value));
    ExportJson& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    return &(parent[key_] = std::move(value));
  }

  ExportJson root_;
  std::vector<ExportJson*> open_;
  std::string key_;
  std::set<std::string> keys_;  ///< of the value's own object
  std::size_t values_ = 0;
};

}  // namespace backcare::transfer
