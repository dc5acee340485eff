#pragma once

namespace SQLite {
class Database;
}

namespace backcare::store {

/// One public write of the Store, all or nothing. A write command's whole run is one IMMEDIATE
/// transaction (see Store::Access::write), so inside it a step is a savepoint: a write that throws takes
/// back only itself. Outside one (a test's Store, or after release_while) it is its own IMMEDIATE
/// transaction, as every write was before.
class WriteStep {
 public:
  explicit WriteStep(SQLite::Database& db);
  WriteStep(const WriteStep&) = delete;
  WriteStep& operator=(const WriteStep&) = delete;
  /// Rolls the step back unless commit() ran: the exception that left it is on its way out.
  ~WriteStep();
  void commit();

 private:
  SQLite::Database& db_;
  bool nested_ = false;
  bool done_ = false;
};

}  // namespace backcare::store
