#pragma once
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "transfer/export_json_items.hpp"

namespace backcare::transfer {

/// Builds one JSON value from SAX events as nlohmann's own parser does (a repeated key keeps its first
/// place and its last value), so that an element reads exactly as it did from the whole document.
class ValueBuilder {
 public:
  void scalar(ExportJson value) { place(std::move(value)); }
  void open(ExportJson container) {
    // Room for an entry's keys at once: an object grown key by key moves its keys and values four times.
    if (open_.empty() && container.is_object()) container.get_ref<ExportJson::object_t&>().reserve(kKeysAtOnce);
    open_.push_back(place(std::move(container)));
  }
  void key(std::string key) { key_ = std::move(key); }
  /// The key of the value just placed, once, when the value's own object (not one inside it) had it
  /// already.
  std::optional<std::string> take_repeated() { return std::exchange(repeated_, std::nullopt); }
  void close() { open_.pop_back(); }
  bool done() const { return open_.empty(); }
  /// How many values, containers included, the value holds so far.
  std::size_t values() const { return values_; }
  ExportJson take() { return std::move(root_); }

 private:
  static constexpr std::size_t kKeysAtOnce = 16;  ///< an export's entry has 14

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
    // One search, as an element's keys are read by the million; the object keeps the key's first place.
    auto& members = parent.get_ref<ExportJson::object_t&>();
    const auto held = std::find_if(members.begin(), members.end(), [&](const auto& member) { return member.first == key_; });
    if (held == members.end()) return &members.emplace_back(std::move(key_), std::move(value)).second;
    if (open_.size() == 1) repeated_ = key_;
    return &(held->second = std::move(value));
  }

  ExportJson root_;
  std::vector<ExportJson*> open_;
  std::string key_;
  std::optional<std::string> repeated_;
  std::size_t values_ = 0;
};

}  // namespace backcare::transfer
