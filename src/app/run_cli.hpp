#pragma once
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "app/environment.hpp"

namespace backcare::app {

/// The exit code after standard output failed with errno `cause` (0: unknown): 1 with the cause on `err`,
/// so a cut export is never taken for a whole one; 0, quietly, when the reader closed the pipe (EPIPE).
int output_failure(int cause, std::ostream& err);

/// The whole program: argv (without the program name) -> exit code. 0 ok, 2 bad input or usage,
/// 1 storage or other failure. The only catch-all is here.
/// `in` is read only by the interactive check-in.
int run_cli(const std::vector<std::string>& args, const Environment& environment, std::istream& in,
            std::ostream& out, std::ostream& err);

}  // namespace backcare::app
