#pragma once
#include <stdexcept>

namespace backcare {

/// Bad input from the user: reported on one line, exit code 2, nothing written.
struct UserError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The database cannot be used as asked (foreign, newer, unreadable, full disk): exit code 1.
struct StorageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace backcare
