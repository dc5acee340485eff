#pragma once
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "app/environment.hpp"

namespace backcare::app {

/// The whole program: argv (without the program name) -> exit code. 0 ok, 2 bad input or usage,
/// 1 storage or other failure. The only catch-all is here.
/// `in` is read only by the interactive check-in.
int run_cli(const std::vector<std::string>& args, const Environment& environment, std::istream& in,
            std::ostream& out, std::ostream& err);

}  // namespace backcare::app
