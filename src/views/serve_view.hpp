#pragma once

namespace backcare::views {

/// `serve`: never returned. The command replaces its process with backcare-serve, or fails with a
/// StorageError saying why; the type gives the command's row its result, as every row has one.
struct ServeView {};

}  // namespace backcare::views
