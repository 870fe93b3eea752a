#pragma once
// The secrets of a meter's associations, held once per meter and shared (std::shared_ptr) by
// the meter, which changes and persists them, and by its ServerAssociations, which read them
// at each AARQ: the LLS password of the reader, the global unicast encryption key (EK), the
// authentication key (AK) and the master key (KEK) of the ciphered association, and the
// invocation counter the meter protects its own APDUs with under the global EK.
//
//   auto secrets = std::make_shared<AssociationSecrets>(bytesOf("12345678"), keys, kek);
//   config.secrets = secrets;                       // reader and management configurations
//   secrets->setLlsPassword(Data::octetString(bytesOf("87654321")));   // the next reader AARQ
//   secrets->transferKeys(Data::array({Data::structure(                 // a new EK, RFC 3394-
//       {Data::enumValue(0), Data::octetString(wrapKey(kek, newEk).value())})}));   // wrapped
//
// Rules (Blue Book Security setup, Green Book 9.2.7): a key change takes effect for the next
// association; the association in progress keeps the keys it was established with (its
// responses, including the one to global_key_transfer, are protected with the old keys). A new
// global unicast key restarts the meter's invocation counter at 0 (an IV must never repeat
// under one key, so the counter otherwise continues across associations and restarts of the
// program: it is persisted with a reserve, see reservedInvocationCounter()).
//
// The meter also keeps the last invocation counter it accepted from the client under the EK,
// across associations and restarts (persisted exactly): a ciphered APDU, the AARQ's included,
// whose counter is not above it is a replay and refused. It is what 0.0.43.1.0.255 serves to
// the public client, so a client starts above it (DLMS UA practice). A new EK forgets it.

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/apdu/service_error.h"
#include "protocol/dlms/axdr/data.h"
#include "protocol/dlms/security/key128.h"
#include "protocol/dlms/security/security_context.h"

namespace omt::sim {

/// key_id of Security setup global_key_transfer (Blue Book, class 64).
enum class GlobalKeyId : std::uint8_t {
    GlobalUnicast = 0,    ///< global unicast encryption key (EK)
    GlobalBroadcast = 1,  ///< global broadcast encryption key (not used by the virtual meters)
    Authentication = 2,   ///< authentication key (AK)
    Master = 3,           ///< master key, key encryption key (KEK)
};
/// "global-unicast-encryption-key", "global-broadcast-encryption-key", "authentication-key",
/// "master-key".
const char* nameOf(GlobalKeyId id);

/// Longest LLS password accepted (octets).
inline constexpr std::size_t kMaxLlsPasswordSize = 32;
/// How far ahead the persisted invocation counter runs ahead of the one in use.
inline constexpr std::uint32_t kInvocationCounterReserve = 1000;

class AssociationSecrets {
public:
    AssociationSecrets(Bytes llsPassword, dlms::security::SecurityKeys keys,
                       dlms::security::Key128 kek);

    const Bytes& llsPassword() const { return m_password; }
    /// The global EK and AK a new ciphered association is established with.
    const dlms::security::SecurityKeys& keys() const { return m_keys; }
    const dlms::security::Key128& kek() const { return m_kek; }

    /// Replaces the LLS password (from the next AARQ on). Errors: TypeUnmatched (not an
    /// octet-string), OtherReason (empty or above kMaxLlsPasswordSize octets).
    /// Example: setLlsPassword(Data::octetString(bytesOf("87654321"))) -> Success.
    dlms::DataAccessResult setLlsPassword(const dlms::Data& value);

    /// global_key_transfer(array of structure {key_id enum, key_wrapped octet-string}): unwraps
    /// every key with the current KEK (RFC 3394) and, only when all of them unwrap, installs
    /// them at once. Errors: TypeUnmatched (not that shape, or an empty array), OtherReason (a
    /// key id out of 0..3, the broadcast key which this meter does not use, a key id twice, a
    /// wrapped key that is not 24 octets or does not unwrap under the KEK). On error nothing
    /// changes.
    /// Example: transferKeys(array{structure{enum 0, octet-string(24) wrap(KEK, newEk)}}).
    Expected<void, dlms::ActionResult> transferKeys(const dlms::Data& keyData);

    /// The invocation counter a new ciphered association starts from.
    dlms::security::InvocationCounter invocationCounter() const { return m_counter; }
    /// Records the invocation counter the association has reached (never goes backwards).
    void noteInvocationCounter(dlms::security::InvocationCounter next);
    /// The counter to persist: every counter used so far is below it. When the counter in use
    /// passes it, it moves kInvocationCounterReserve ahead, so it changes (and the state file is
    /// rewritten) once per kInvocationCounterReserve APDUs. A meter restarted from it never
    /// reuses a counter. 0 while no counter was used under the current EK.
    std::uint64_t reservedInvocationCounter() const { return m_reserved; }

    /// The last invocation counter accepted from the client under the current EK; nullopt
    /// while none was (the next AARQ may then carry any counter).
    std::optional<dlms::security::InvocationCounter> lastClientInvocationCounter() const {
        return m_lastClient;
    }
    /// Records a counter accepted from the client (never goes backwards).
    void noteClientInvocationCounter(dlms::security::InvocationCounter ic);

    /// Restores persisted secrets (state file); the counter restarts at `reservedCounter`.
    void restore(Bytes llsPassword, dlms::security::SecurityKeys keys, dlms::security::Key128 kek,
                 std::uint64_t reservedCounter,
                 std::optional<dlms::security::InvocationCounter> lastClientCounter = {});

private:
    Bytes m_password;
    dlms::security::SecurityKeys m_keys;
    dlms::security::Key128 m_kek;
    dlms::security::InvocationCounter m_counter = 0;
    std::uint64_t m_reserved = 0;
    std::optional<dlms::security::InvocationCounter> m_lastClient;
};

}  // namespace omt::sim
