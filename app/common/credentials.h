#pragma once
// The client's credentials, built the same way by every program of the tool (omt, the GUI, the
// benchmarks, the tests): the authentication level with its secret (none, an LLS password, HLS
// keys from a key file or $OMT_KEY_FILE) and the tool's own system title. The documented demo
// secrets are used only for an embedded demo meter, never for a real one. Errors are typed;
// each caller words them for its person (the CLI on stderr, the GUI with tr()).
//
//   CredentialRequest request;
//   request.level = AuthLevel::High;
//   request.keyFile = options.keyFile;                  // empty: $OMT_KEY_FILE
//   auto client = buildClientConfig(request);
//   if (!client) { report(nameOf(client.error().code), client.error().detail); }
//   settings.client = *client;                           // SAP 0x01, title "OMT" 00 00 00 00 01

#include <QString>
#include <cstdint>
#include <optional>

#include "protocol/common/expected.h"
#include "protocol/common/failure.h"
#include "protocol/dlms/client/client_association.h"
#include "sim/meters/virtual_meter.h"

namespace omt::app {

enum class CredentialError {
    PasswordMissing,    ///< LLS and no password (none given, none in the environment, no demo)
    KeysMissing,        ///< HLS and no key file (none given, $OMT_KEY_FILE unset, no demo)
    KeyFileUnreadable,  ///< detail: the path and the system's reason
    /// detail: "PATH line N: bad-key (...)", never key material; offset: the line number
    KeyFileInvalid,
    BadClientSap,  ///< a client SAP above 0x7F
};
/// "password-missing", "keys-missing", "key-file-unreadable", "key-file-invalid",
/// "bad-client-sap".
const char* nameOf(CredentialError error);
using CredentialFailure = omt::Failure<CredentialError>;

/// The authentication level of the association the tool asks for.
enum class AuthLevel {
    None,  ///< public client, no security
    Low,   ///< LLS: a password
    High,  ///< HLS-GMAC, security suite 0: EK and AK
};

struct CredentialRequest {
    AuthLevel level = AuthLevel::None;
    /// The client SAP; default 0x10 (None), 0x20 (Low), 0x01 (High), as the meters assign them.
    std::optional<std::uint16_t> clientSap;
    /// Low: the password; empty: $OMT_PASSWORD (when useEnvironment), then the demo's.
    QString password;
    /// High: a key file (EK=, AK= lines); empty: $OMT_KEY_FILE (when useEnvironment), then the
    /// demo's keys.
    QString keyFile;
    bool useEnvironment = true;
    /// The embedded demo meter's secrets: the last fallback, only when the meter is a demo.
    std::optional<sim::MeterSecrets> demoSecrets;
    /// The last byte of the tool's system title, to tell the tool's programs apart in a
    /// meter's log (1 the tool, 2 tests, 3 benchmarks).
    std::uint8_t titleInstance = 1;
};

/// The tool's own system title: "OMT" then 00 00 00 00 and `instance`.
/// Example: toolSystemTitle(1).bytes() == 4F 4D 54 00 00 00 00 01.
dlms::security::SystemTitle toolSystemTitle(std::uint8_t instance = 1);

/// The client configuration for `request`: publicClient, lowLevel or highLevelGmac with the
/// secret found as CredentialRequest describes and toolSystemTitle(titleInstance). Errors:
/// PasswordMissing, KeysMissing, KeyFileUnreadable, KeyFileInvalid (never with key material in
/// the detail), BadClientSap.
Expected<dlms::ClientConfig, CredentialFailure> buildClientConfig(const CredentialRequest& request);

}  // namespace omt::app
