#include "protocol/dlms/security/openssl_version.h"

#include <openssl/crypto.h>

namespace omt::dlms::security {

std::string openSslVersion() {
    const char* text = OpenSSL_version(OPENSSL_VERSION);
    return text != nullptr && *text != '\0' ? std::string(text) : std::string("OpenSSL");
}

}  // namespace omt::dlms::security
