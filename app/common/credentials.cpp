#include "app/common/credentials.h"

#include <QFile>
#include <QtGlobal>
#include <string>

#include "protocol/dlms/security/key_file.h"

namespace omt::app {

namespace {

CredentialFailure failure(CredentialError code, std::string detail, std::size_t offset = 0) {
    return CredentialFailure{code, offset, std::move(detail)};
}

}  // namespace

const char* nameOf(CredentialError error) {
    switch (error) {
        case CredentialError::PasswordMissing:
            return "password-missing";
        case CredentialError::KeysMissing:
            return "keys-missing";
        case CredentialError::KeyFileUnreadable:
            return "key-file-unreadable";
        case CredentialError::KeyFileInvalid:
            return "key-file-invalid";
        case CredentialError::BadClientSap:
            return "bad-client-sap";
    }
    return "unknown";
}

dlms::security::SystemTitle toolSystemTitle(std::uint8_t instance) {
    std::string raw("OMT\x00\x00\x00\x00", 7);
    raw.push_back(static_cast<char>(instance));
    // Eight bytes always make a system title.
    return *dlms::security::SystemTitle::fromBytes(bytesOf(raw));
}

Expected<dlms::ClientConfig, CredentialFailure> buildClientConfig(
    const CredentialRequest& request) {
    if (request.clientSap && *request.clientSap > 0x7F) {
        return omt::unexpected(failure(CredentialError::BadClientSap,
                                       "client SAP " + std::to_string(*request.clientSap)));
    }
    switch (request.level) {
        case AuthLevel::None:
            return dlms::ClientConfig::publicClient(request.clientSap.value_or(0x10));
        case AuthLevel::Low: {
            QString password = request.password;
            if (password.isEmpty() && request.useEnvironment) {
                password = qEnvironmentVariable("OMT_PASSWORD");
            }
            Bytes secret = bytesOf(password.toStdString());
            if (secret.empty() && request.demoSecrets) {
                secret = request.demoSecrets->readerPassword;
            }
            if (secret.empty()) {
                return omt::unexpected(failure(CredentialError::PasswordMissing, {}));
            }
            return dlms::ClientConfig::lowLevel(request.clientSap.value_or(0x20),
                                                std::move(secret));
        }
        case AuthLevel::High: {
            QString path = request.keyFile;
            if (path.isEmpty() && request.useEnvironment) {
                path = qEnvironmentVariable("OMT_KEY_FILE");
            }
            dlms::security::SecurityKeys keys;
            if (!path.isEmpty()) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    return omt::unexpected(
                        failure(CredentialError::KeyFileUnreadable,
                                path.toStdString() + ": " + file.errorString().toStdString()));
                }
                auto parsed = dlms::security::parseKeyFile(file.readAll().toStdString());
                if (!parsed) {
                    const auto& e = parsed.error();
                    return omt::unexpected(
                        failure(CredentialError::KeyFileInvalid,
                                path.toStdString() +
                                    (e.offset > 0 ? " line " + std::to_string(e.offset) : "") +
                                    ": " + dlms::security::nameOf(e.code) +
                                    (e.detail.empty() ? "" : " (" + e.detail + ")"),
                                e.offset));
                }
                keys = *parsed;
            } else if (request.demoSecrets) {
                keys = request.demoSecrets->keys;
            } else {
                return omt::unexpected(failure(CredentialError::KeysMissing, {}));
            }
            return dlms::ClientConfig::highLevelGmac(request.clientSap.value_or(0x01),
                                                     toolSystemTitle(request.titleInstance),
                                                     std::move(keys));
        }
    }
    return omt::unexpected(failure(CredentialError::KeysMissing, "unknown level"));
}

}  // namespace omt::app
