#pragma once
#include <string>

namespace backcare::serve {

/// `text` as a QR code drawn in the terminal with half-block characters, dark on light whatever the
/// terminal's colours, with its quiet zone: her phone's camera opens the link. "" if it cannot be made.
std::string terminal_qr(const std::string& text);

}  // namespace backcare::serve
