#pragma once
// The OpenSSL library the program runs with, for an About box or a bug report, without making
// the caller include OpenSSL's headers.
//
//   openSslVersion();   // "OpenSSL 3.0.15 3 Sep 2024" (the runtime library, not the headers)

#include <string>

namespace omt::dlms::security {

/// OpenSSL_version(OPENSSL_VERSION): the version text of the library loaded at run time. Never
/// empty.
std::string openSslVersion();

}  // namespace omt::dlms::security
