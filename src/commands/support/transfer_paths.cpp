#include "commands/support/transfer_paths.hpp"

#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/terminal_text.hpp"
#include "domain/text.hpp"
#include "store/files.hpp"
#include "store/store.hpp"

namespace backcare::commands {

std::string choose_format(const std::optional<std::string>& option, const std::optional<std::filesystem::path>& file,
                          const std::optional<std::string>& fallback, Formats formats) {
  const bool fhir = formats == Formats::with_fhir;
  const std::string accepted = fhir ? "csv, json or fhir" : "csv or json";
  if (option) {
    const auto format = domain::lower(*option);
    if (format == "csv" || format == "json" || (fhir && format == "fhir")) return format;
    const std::string why = format == "fhir" ? "backcare writes FHIR but never reads it; " : "";
    throw UserError("invalid --format '" + domain::quote_for_message(*option) + "': " + why + "accepted " + accepted);
  }
  if (file) {
    const auto name = domain::lower(file->filename().string());
    if (name.ends_with(".fhir.json")) {
      if (fhir) return "fhir";
      throw UserError("cannot import " + domain::quoted_path(file->string()) +
                      " as named: a FHIR Bundle, which backcare writes but never reads; accepted a backcare export "
                      "(csv or json)");
    }
    const auto extension = domain::lower(file->extension().string());
    if (extension == ".csv" || extension == ".json") return extension.substr(1);
  }
  if (fallback) return *fallback;
  throw UserError("cannot tell the format of " + domain::quoted_path(file ? file->string() : std::string{}) +
                  " from its name: accepted a name ending " + (fhir ? ".csv, .json or .fhir.json" : ".csv or .json") +
                  ", or --format " + accepted);
}

void check_output_path(const std::filesystem::path& path, Env& env, const std::string& what,
                       const std::string& instead) {
  const auto invalid = "invalid " + what + " " + domain::quoted_path(path.string()) + ": ";
  if (path.empty()) throw UserError("invalid " + what + " '': accepted a file path");
  if (const auto kind = store::special_file_kind(path)) {
    throw UserError(invalid + "it is " + *kind + "; accepted a regular file or a new path" +
                    (instead.empty() ? "" : " (" + instead + ")"));
  }
  const auto directory = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) {
    throw UserError(invalid + "its directory does not exist; accepted a path in an existing directory");
  }
  if (env.db().holds_file(path)) throw UserError(invalid + "it is the diary's own file; accepted another path");
}

bool means_stdout(const std::string& argument) { return argument == "-"; }

void require_diary_file(const Env& env, const std::string& nothing_to) {
  if (env.absent_diary) {
    throw StorageError("no diary at " + domain::quoted_path(env.absent_diary->string()) + " yet: nothing to " + nothing_to);
  }
}

}  // namespace backcare::commands
