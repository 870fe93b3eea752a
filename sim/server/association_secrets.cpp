#include "sim/server/association_secrets.h"

#include <algorithm>
#include <array>

#include "protocol/dlms/security/key_wrap.h"

namespace omt::sim {

namespace sec = dlms::security;
using dlms::ActionResult;
using dlms::Data;
using dlms::DataAccessResult;
using dlms::DataType;

const char* nameOf(GlobalKeyId id) {
    switch (id) {
        case GlobalKeyId::GlobalUnicast:
            return "global-unicast-encryption-key";
        case GlobalKeyId::GlobalBroadcast:
            return "global-broadcast-encryption-key";
        case GlobalKeyId::Authentication:
            return "authentication-key";
        case GlobalKeyId::Master:
            return "master-key";
    }
    return "unknown";
}

AssociationSecrets::AssociationSecrets(Bytes llsPassword, sec::SecurityKeys keys, sec::Key128 kek)
    : m_password(std::move(llsPassword)), m_keys(std::move(keys)), m_kek(std::move(kek)) {
    m_keys.dedicated.reset();
}

DataAccessResult AssociationSecrets::setLlsPassword(const Data& value) {
    const auto* bytes = value.as<Bytes>();
    if (value.type() != DataType::OctetString || bytes == nullptr) {
        return DataAccessResult::TypeUnmatched;
    }
    if (bytes->empty() || bytes->size() > kMaxLlsPasswordSize) {
        return DataAccessResult::OtherReason;
    }
    m_password = *bytes;
    return DataAccessResult::Success;
}

Expected<void, ActionResult> AssociationSecrets::transferKeys(const Data& keyData) {
    const auto* entries = keyData.elements();
    if (keyData.type() != DataType::Array || entries == nullptr || entries->empty()) {
        return ActionResult::TypeUnmatched;
    }
    std::array<std::optional<sec::Key128>, 4> unwrapped;
    for (const Data& entry : *entries) {
        const auto* fields = entry.elements();
        if (entry.type() != DataType::Structure || fields == nullptr || fields->size() != 2 ||
            (*fields)[0].type() != DataType::Enum || (*fields)[1].type() != DataType::OctetString) {
            return ActionResult::TypeUnmatched;
        }
        const auto* id = (*fields)[0].as<std::uint64_t>();
        const auto* wrapped = (*fields)[1].as<Bytes>();
        if (id == nullptr || wrapped == nullptr) {
            return ActionResult::TypeUnmatched;
        }
        if (*id > static_cast<std::uint64_t>(GlobalKeyId::Master) ||
            *id == static_cast<std::uint64_t>(GlobalKeyId::GlobalBroadcast) ||
            unwrapped[*id].has_value()) {
            return ActionResult::OtherReason;
        }
        auto key = sec::unwrapKey(m_kek, *wrapped);
        if (!key) {
            return ActionResult::OtherReason;
        }
        unwrapped[*id] = std::move(*key);
    }
    if (auto& ek = unwrapped[static_cast<std::size_t>(GlobalKeyId::GlobalUnicast)]) {
        m_keys.globalEk = std::move(*ek);
        // A new key: its invocation counter starts again (Green Book 9.2.7.2.4).
        m_counter = 0;
        m_reserved = 0;
        m_lastClient.reset();
    }
    if (auto& ak = unwrapped[static_cast<std::size_t>(GlobalKeyId::Authentication)]) {
        m_keys.ak = std::move(*ak);
    }
    if (auto& kek = unwrapped[static_cast<std::size_t>(GlobalKeyId::Master)]) {
        m_kek = std::move(*kek);
    }
    return {};
}

void AssociationSecrets::noteInvocationCounter(sec::InvocationCounter next) {
    m_counter = std::max(m_counter, next);
    if (m_counter > m_reserved) {
        m_reserved = std::uint64_t{m_counter} + kInvocationCounterReserve;
    }
}

void AssociationSecrets::noteClientInvocationCounter(sec::InvocationCounter ic) {
    m_lastClient = m_lastClient ? std::max(*m_lastClient, ic) : ic;
}

void AssociationSecrets::restore(Bytes llsPassword, sec::SecurityKeys keys, sec::Key128 kek,
                                 std::uint64_t reservedCounter,
                                 std::optional<sec::InvocationCounter> lastClientCounter) {
    m_password = std::move(llsPassword);
    m_keys = std::move(keys);
    m_keys.dedicated.reset();
    m_kek = std::move(kek);
    const std::uint64_t start = std::min<std::uint64_t>(reservedCounter, 0xFFFFFFFFu);
    m_counter = static_cast<sec::InvocationCounter>(start);
    m_reserved = start;
    m_lastClient = lastClientCounter;
}

}  // namespace omt::sim
