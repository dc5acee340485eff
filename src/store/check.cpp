#include "store/check.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <sstream>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "store/companions.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

/// integrity_check lists at most this many problems: enough to judge the damage.
constexpr const char* kIntegrityCheck = "PRAGMA integrity_check(100)";

std::vector<std::string> integrity_lines(SQLite::Database& db) {
  std::vector<std::string> lines;
  try {
    SQLite::Statement check(db, kIntegrityCheck);
    // One row may hold several findings, a line each.
    while (check.executeStep()) {
      std::istringstream row(check.getColumn(0).getString());
      for (std::string line; std::getline(row, line);) lines.push_back(line);
    }
  } catch (const SQLite::Exception& error) {
    lines.push_back(std::string("the check could not run: ") + error.what());
  }
  return lines;
}

std::vector<std::string> foreign_key_lines(SQLite::Database& db) {
  std::vector<std::string> lines;
  try {
    SQLite::Statement check(db, "PRAGMA foreign_key_check");
    while (check.executeStep()) {
      const std::string row = check.getColumn(1).isNull() ? "a row" : "row " + check.getColumn(1).getString();
      lines.push_back(check.getColumn(0).getString() + " " + row + " points at a " + check.getColumn(2).getString() +
                      " that is not there");
    }
  } catch (const SQLite::Exception& error) {
    lines.push_back(std::string("the check could not run: ") + error.what());
  }
  return lines;
}

std::string damaged_message(const std::string& path, const std::string& why) {
  return domain::quoted_path(path) + " is damaged (" + why + "); it was left untouched: restore it from a backup";
}

}  // namespace

domain::CheckFindings Store::check() const { return {integrity_lines(*db_), foreign_key_lines(*db_)}; }

int Store::last_system_errno() const { return sqlite3_system_errno(db_->getHandle()); }

namespace {

/// True when the diary or a file SQLite keeps beside it has grown to within a WAL frame (a page of at most 64 KiB,
/// plus its header) of the file size limit. SQLite words the EFBIG of a write "disk I/O error", and the
/// errno it keeps can be another call's by the time it is asked (a write to the -wal that first wrote part
/// of a frame, say), so the sizes tell too.
bool at_file_size_limit(const std::string& path) {
  constexpr std::uintmax_t kFrame = (64u << 10) + 24;
  rlimit limit{};
  if (path.empty() || ::getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return false;
  const auto near_limit = [&](const std::string& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    return !error && size + kFrame >= limit.rlim_cur;
  };
  if (near_limit(path)) return true;
  for (const char* suffix : kCompanionSuffixes) {
    if (near_limit(path + suffix)) return true;
  }
  return false;
}

}  // namespace

void throw_if_out_of_room(const std::string& shown_path, const SQLite::Exception& error, int system_errno) {
  const int code = error.getErrorCode() & 0xff;
  const std::string start = "no space left for the diary " + domain::quoted_path(shown_path) + ": ";
  if (code == SQLITE_FULL) throw StorageError(start + "the disk is full");
  if (code == SQLITE_IOERR && (system_errno == EFBIG || at_file_size_limit(shown_path))) {
    throw StorageError(start + "the file size limit (ulimit -f) was reached");
  }
}

bool is_damage(const SQLite::Exception& error) {
  const int code = error.getErrorCode() & 0xff;
  return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

std::string unreadable_message(const std::string& path, const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  const auto shown = domain::quoted_path(path);
  if (code == SQLITE_NOTADB) return shown + " is not a backcare diary (" + e.what() + "); it was left untouched";
  if (code == SQLITE_CORRUPT) return damaged_message(path, e.what());
  if (auto problem = companion_problem(path)) return *problem;
  return "cannot open " + shown + " (" + e.what() + "): check that you may read and write it and its directory";
}

std::string damage_found(SQLite::Database& db) {
  std::string verdict = db.execAndGet("PRAGMA quick_check(1)").getString();
  if (verdict == "ok") return {};
  // One line, for a one-line message: SQLite heads the finding with the schema's name and may break it.
  constexpr std::string_view kHeading = "*** in database main ***\n";
  if (verdict.starts_with(kHeading)) verdict.erase(0, kHeading.size());
  std::replace(verdict.begin(), verdict.end(), '\n', ' ');
  return verdict;
}

void refuse_if_damaged(SQLite::Database& db, const std::string& path) {
  std::string verdict;
  try {
    verdict = damage_found(db);
  } catch (const SQLite::Exception& e) {
    throw StorageError(unreadable_message(path, e));
  }
  if (!verdict.empty()) throw StorageError(damaged_message(path, verdict));
}

}  // namespace backcare::store
