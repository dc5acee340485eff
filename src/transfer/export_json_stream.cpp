#include <set>

#include "domain/inputs.hpp"
#include "domain/terminal_text.hpp"
#include "transfer/export_json_items.hpp"
#include "transfer/json_string_limit.hpp"
#include "transfer/json_value_builder.hpp"

namespace backcare::transfer {

using domain::Problem;
using domain::escape_for_terminal;
using domain::quote_for_message;

namespace {

/// The most values an entry, a routine or the settings may hold, containers included: an export's hold
/// a dozen; the bound keeps a file of one huge array from costing more memory than one of many rows.
constexpr std::size_t kMaxElementValues = 1000;

bool is_list(const std::string& key) { return key == "entries" || key == "routines" || key == "tombstones"; }

/// What an element of the list `key` is called in a problem's place: "entry 3", "routine 1".
std::string element_name(const std::string& key) {
  if (key == "entries") return "entry ";
  return key == "routines" ? "routine " : "tombstone ";
}

/// nlohmann's message with the token it quotes ("last read: '…'", a string of up to 64 KiB) cut to a
/// short escaped prefix, as every refusal quotes what it refuses.
std::string short_token(const std::string& why) {
  const std::string marker = "last read: '";
  const auto start = why.find(marker);
  const auto end = why.rfind('\'');
  if (start == std::string::npos || end < start + marker.size()) return escape_for_terminal(why);
  const auto from = start + marker.size();
  return escape_for_terminal(why.substr(0, from)) + quote_for_message(why.substr(from, end - from)) +
         escape_for_terminal(why.substr(end));
}

/// nlohmann's SAX handler for an export: the root object's keys in file order; each element of
/// "entries" and "routines", the format_version and the settings built as a small value and read by
/// export_json_items; anything else skipped without being kept.
class ExportSax {
 public:
  using Json = ExportJson;
  explicit ExportSax(domain::ExportSink& sink) : sink_(sink) {}

  bool null() { return scalar(nullptr); }
  bool boolean(bool value) { return scalar(value); }
  bool number_integer(Json::number_integer_t value) { return scalar(value); }
  bool number_unsigned(Json::number_unsigned_t value) { return scalar(value); }
  bool number_float(Json::number_float_t value, const Json::string_t&) { return scalar(value); }
  bool string(Json::string_t& value) { return scalar(std::move(value)); }
  bool binary(Json::binary_t& value) { return scalar(Json::binary(std::move(value))); }
  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(Json::string_t& key);
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error);

  /// Hands the refusal, if any, to the sink: last, as a syntax error may come after everything else.
  void finish() {
    if (refusal_) sink_.refused(std::move(*refusal_));
  }

 private:
  enum class Level { before_root, in_root, in_list, after_root };

  /// True when the value starting here is kept: a list's element, the format_version, the settings.
  bool keeps() const {
    return level_ == Level::in_list || (level_ == Level::in_root && (key_ == "format_version" || key_ == "settings"));
  }
  /// The place of the value being built, as its problems name it: "entry 3", "routine 1", "settings".
  std::string building() const;
  bool scalar(Json value);
  bool open(Json container);
  bool close();
  void kept(Json value);
  void passed_over(const Json& value);
  /// A key the value just placed repeats is a problem: as at the root, which of the two values an
  /// element meant cannot be known.
  void note_repeated() {
    if (auto key = builder_->take_repeated()) sink_.problem(json_problem(building(), *key, "given twice: accepted each key once"));
  }
  /// False, with the refusal set, once the value being built holds more than kMaxElementValues.
  bool within_bounds();

  domain::ExportSink& sink_;
  Level level_ = Level::before_root;
  std::string key_;                      ///< the root's key whose value is being read
  std::size_t elements_ = 0;             ///< of the list being read, so far
  std::optional<ValueBuilder> builder_;  ///< the kept value being built
  std::size_t skipping_ = 0;             ///< how deep inside a container that is not kept
  std::optional<Json> version_;          ///< the last format_version, checked at the root's end
  std::optional<Problem> refusal_;       ///< once set, only a syntax error replaces it
  std::set<std::string> seen_;           ///< the root's known keys so far
};

bool ExportSax::key(Json::string_t& key) {
  if (refusal_ || skipping_ > 0) return true;
  if (builder_) {
    builder_->key(std::move(key));  // a repeat is found as its value is placed (note_repeated)
    return true;
  }
  key_ = std::move(key);
  if (key_ != "format_version" && !is_list(key_) && key_ != "settings") {
    sink_.problem(json_problem("", key_, "unknown key: accepted format_version, entries, routines, settings, tombstones"));
  } else if (!seen_.insert(key_).second) {
    // The whole-document reader kept the last silently; a stream has handed the first over already.
    sink_.problem(json_problem("", key_, "given twice: accepted each key once"));
  }
  return true;
}

std::string ExportSax::building() const {
  if (level_ != Level::in_list) return key_;
  return element_name(key_) + std::to_string(elements_ + 1);
}

bool ExportSax::parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) {
  // A syntax error, or a number too large for a double (out_of_range, "1e400"): both are a bad file.
  // nlohmann's message says where; its "[json.exception...] " prefix does not help.
  std::string why = error.what();
  if (const auto cut = why.find("] "); cut != std::string::npos) why.erase(0, cut + 2);
  refusal_ = Problem{"", "json", short_token(why)};
  return false;
}

bool ExportSax::within_bounds() {
  if (!builder_ || builder_->values() <= kMaxElementValues) return true;
  refusal_ = Problem{"", "json", "an element of more than 1000 values (no export writes one)"};
  return false;  // stops the parse: nothing after can outrank this refusal
}

bool ExportSax::scalar(Json value) {
  if (refusal_ || skipping_ > 0) return true;
  if (builder_) {
    builder_->scalar(std::move(value));
    note_repeated();
    return within_bounds();
  }
  if (keeps()) kept(std::move(value));
  else passed_over(value);
  return true;
}

bool ExportSax::open(Json container) {
  if (refusal_) return true;
  if (skipping_ > 0) {
    ++skipping_;
  } else if (builder_) {
    builder_->open(std::move(container));
    note_repeated();
    return within_bounds();
  } else if (level_ == Level::before_root && container.is_object()) {
    level_ = Level::in_root;
  } else if (level_ == Level::in_root && is_list(key_) && container.is_array()) {
    level_ = Level::in_list;
    elements_ = 0;
  } else if (keeps()) {
    builder_.emplace();
    builder_->open(std::move(container));
  } else {
    passed_over(container);
    skipping_ = 1;
  }
  return true;
}

bool ExportSax::close() {
  if (refusal_) return true;
  if (skipping_ > 0) {
    --skipping_;
  } else if (builder_) {
    builder_->close();
    if (builder_->done()) {
      Json value = builder_->take();
      builder_.reset();
      kept(std::move(value));
    }
  } else if (level_ == Level::in_list) {
    level_ = Level::in_root;
  } else {
    // The root ends. Entries do not depend on the version (format 1 merely lacks "time"), so a
    // format_version after them, or a missing one, is checked here: a refusal voids what came before.
    level_ = Level::after_root;
    refusal_ = json_version_problem(version_ ? &*version_ : nullptr);
  }
  return true;
}

/// A whole kept value: read as an entry, a routine, the version or the settings.
void ExportSax::kept(Json value) {
  if (level_ == Level::in_list) {
    const std::string where = element_name(key_) + std::to_string(++elements_);
    if (key_ == "entries") read_json_entry(value, where, sink_);
    else if (key_ == "routines") read_json_routine(value, where, sink_);
    else read_json_tombstone(value, where, sink_);
  } else if (key_ == "format_version") {
    version_ = std::move(value);
  } else {
    read_json_settings(value, sink_);
  }
}

/// A value not kept: a root that is not an object refuses the file, a list that is not an array is a
/// problem, and an unknown key's value (its key already reported) is nothing.
void ExportSax::passed_over(const Json& value) {
  const std::string type = value.type_name();
  if (level_ == Level::before_root) refusal_ = json_problem("", "file", "a JSON " + type + ": accepted a backcare export object");
  else if (is_list(key_)) sink_.problem(json_problem("", key_, "a " + type + ": accepted an array"));
}

}  // namespace

void stream_json_export(std::istream& in, domain::ExportSink& sink) {
  ExportSax handler(sink);
  JsonStringLimit limited(*in.rdbuf(), kJsonMaxStringBytes);
  std::istream limited_in(&limited);
  try {
    ExportJson::sax_parse(limited_in, &handler);
  } catch (const JsonStringLimit::TooLong& too_long) {
    // The parse stops here, so nothing after can outrank this refusal.
    sink.refused({"", "json", too_long.number ? "a number longer than 64 characters (no export writes one)"
                                              : "a string longer than 64 KiB (no export writes one)"});
    return;
  }
  handler.finish();
}

}  // namespace backcare::transfer
