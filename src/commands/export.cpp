#include "commands/registry.hpp"
#include "commands/support/day_range.hpp"
#include "commands/support/export_source.hpp"
#include "commands/support/fhir_head.hpp"
#include "commands/support/transfer_paths.hpp"
#include "domain/errors.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct ExportArgs {
  std::optional<std::string> format, out, from, to;
  bool no_patient = false;
};

/// --from and --to as days, when either is given: from the diary's first day, up to today by default.
std::optional<domain::DateRange> export_range(const ExportArgs& args, Env& env) {
  if (!args.from && !args.to) return std::nullopt;
  const auto last = last_day(args.to, env);
  return day_range(args.from, std::min(last, env.db().first_entry_day().value_or(last)), last, env);
}

views::ExportView run(const ExportArgs& args, Env& env) {
  auto out = args.out;
  if (out && means_stdout(*out)) out.reset();
  std::optional<std::filesystem::path> file;
  if (out) file = *out;
  // To stdout there is no file name to go by: CSV, the format every spreadsheet opens.
  const auto format = choose_format(args.format, file, file ? std::nullopt : std::optional<std::string>("csv"), Formats::with_fhir);
  if (args.no_patient && format != "fhir") {
    throw UserError("--no-patient is for --format fhir: accepted with fhir only (csv and json have no Patient)");
  }
  if (file) check_output_path(*file, env, "--out", "leave out --out, or give -, to write to stdout");
  const auto range = export_range(args, env);
  auto& store = env.db();
  const auto count = store.count_entries(range);
  // Rows written to her terminal show themselves: a progress line there would be torn by them.
  auto& progress = file || !env.output_is_terminal ? *env.progress : domain::no_progress();
  std::optional<domain::FhirBundleHead> fhir;
  if (format == "fhir") fhir = fhir_head(env, !args.no_patient);
  return {store.read_export_extras(), count, diary_entries(store, progress, count, range), out, format, std::move(fhir)};
}

}  // namespace

Command export_command() {
  // No --json: the export is the data.
  return command<ExportArgs>(
      {"export", "Write your entries as CSV or JSON (to keep or move), or as FHIR (for a clinic's system)",
       "  backcare export --out diary.csv\n  backcare export --format json > diary.json\n"
       "  backcare export --format fhir --from 2026-11-01 --out for-the-clinic.fhir.json\n\n"
       "CSV holds the entries; JSON also holds your own routines and settings; import reads both back.\n"
       "fhir writes one FHIR R4 Bundle that patient portals and clinical systems read: each pain entry as\n"
       "an Observation (LOINC 72514-3, 0-10), each sign as an Observation, each routine done as a Procedure\n"
       "for a Patient with no name. It is written only: import does not read it. --from and --to keep the\n"
       "entries of those days. A file written with --out is readable by you only (mode 0600) and replaced\n"
       "whole, never half written."},
      Diary::reads, Output::text,
      {{.name = "--format", .help = "csv, json or fhir (default: from --out's name, else csv)", .field = &ExportArgs::format,
        .type_name = "FORMAT"},
       {.name = "--out", .help = "Write to this file instead of stdout (- is stdout)", .field = &ExportArgs::out, .type_name = "FILE"},
       {.name = "--from", .help = "The first day to export (default: the diary's first)", .field = &ExportArgs::from, .type_name = "DAY"},
       {.name = "--to", .help = "The last day to export (default: today)", .field = &ExportArgs::to, .type_name = "DAY"},
       {.name = "--no-patient", .help = "fhir: leave out the Patient and so the routines done (Procedures need one)",
        .field = &ExportArgs::no_patient}},
      run);
}

}  // namespace backcare::commands
