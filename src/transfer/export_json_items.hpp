#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "transfer/export_stream.hpp"

namespace backcare::transfer {

// The parts of a JSON export, each read from a small JSON value: shared by the streaming reader, which
// builds one element at a time, so that its problems are worded as they always were.

using ExportJson = nlohmann::ordered_json;

/// A problem with a JSON value, its key quoted for the message.
domain::Problem json_problem(const std::string& where, const std::string& key, const std::string& why);
/// One element of "entries" to the sink: its entry, and a problem for each unknown key or wrong type.
void read_json_entry(const ExportJson& item, const std::string& where, domain::ExportSink& sink);
/// One element of "routines", likewise.
void read_json_routine(const ExportJson& item, const std::string& where, domain::ExportSink& sink);
/// One element of "tombstones" (format 4), likewise.
void read_json_tombstone(const ExportJson& item, const std::string& where, domain::ExportSink& sink);
/// The value of "settings": each text setting to the sink, a problem for anything else.
void read_json_settings(const ExportJson& settings, domain::ExportSink& sink);
/// Why the file's format_version (nullptr: none) is refused, or nullopt when it is 1 to 5.
std::optional<domain::Problem> json_version_problem(const ExportJson* version);

}  // namespace backcare::transfer
