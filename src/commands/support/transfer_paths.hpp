#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "commands/support/env.hpp"

namespace backcare::commands {

/// The formats a command takes: import reads csv and json; export also writes fhir, which is never read.
enum class Formats { csv_json, with_fhir };

/// csv or json (or fhir): `option` when given (--format), else from `file`'s name (.csv, .json, and
/// .fhir.json with fhir), else `fallback`; UserError naming what `formats` accepts when none settles it.
std::string choose_format(const std::optional<std::string>& option, const std::optional<std::filesystem::path>& file,
                          const std::optional<std::string>& fallback, Formats formats = Formats::csv_json);

/// Refuses (UserError) a path that an output (export, backup, report, any later one) must not write:
/// empty, in a directory that does not exist, the diary itself or its journal files, or one that exists
/// and is not a regular file (a directory, FIFO, device or socket, or a symlink to one), which the
/// rename that writes it would replace. `what` names the argument; `instead`, when given, ends that last
/// refusal with what else the command takes, as "leave out --out, or give -, to write to stdout".
void check_output_path(const std::filesystem::path& path, Env& env, const std::string& what,
                       const std::string& instead = {});

/// True for `-`, an output argument that means stdout, as for most tools; ./- names a file called -.
bool means_stdout(const std::string& argument);

/// Refuses (StorageError) to go on when there is no diary file yet: check and backup act on the file
/// itself, and an empty stand-in would report on or copy a diary that is not there. `nothing_to` ends
/// the message: "check", "back up".
void require_diary_file(const Env& env, const std::string& nothing_to);

}  // namespace backcare::commands
