#pragma once
#include <istream>
#include <ostream>

#include "checkin/dialog.hpp"

namespace backcare::checkin {

/// Runs `dialog` over a pair of streams: shows each prompt, reads one line, shows a refusal and asks
/// again. With `echo` each answer is written after its prompt, so a transcript of piped input reads as
/// if typed. Returns false when input ends before the dialog finishes: the caller then records nothing.
bool converse(Dialog& dialog, std::istream& in, std::ostream& out, bool echo);

}  // namespace backcare::checkin
