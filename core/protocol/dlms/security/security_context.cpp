#include "protocol/dlms/security/security_context.h"

#include <limits>
#include <utility>

namespace omt::dlms::security {

Protection SecurityPolicy::protection() const {
    if (authentication != encryption) {
        return authentication ? Protection::AuthenticationOnly : Protection::EncryptionOnly;
    }
    return Protection::AuthenticatedEncryption;
}

SecurityPolicy SecurityPolicy::of(Protection protection) {
    SecurityPolicy policy;
    policy.authentication = protection != Protection::EncryptionOnly;
    policy.encryption = protection != Protection::AuthenticationOnly;
    return policy;
}

SecurityContext::SecurityContext(const SystemTitle& ownTitle, SecurityKeys keys)
    : m_ownTitle(ownTitle), m_keys(std::move(keys)) {}

void SecurityContext::setPeerSystemTitle(const SystemTitle& title) {
    if (m_peerTitle != title) {
        m_lastPeerIc.reset();
    }
    m_peerTitle = title;
}

Expected<CipherKeys, SecurityFailure> SecurityContext::cipherKeys(bool dedicated) const {
    if (!dedicated) {
        return CipherKeys{m_keys.globalEk, m_keys.ak};
    }
    if (!m_keys.dedicated) {
        return SecurityFailure{SecurityError::MissingKey, 0, "no dedicated key"};
    }
    return CipherKeys{*m_keys.dedicated, m_keys.ak};
}

Expected<void, SecurityFailure> SecurityContext::checkPolicy(SecurityControl sc) const {
    if ((m_policy.authentication && !sc.authentication) ||
        (m_policy.encryption && !sc.encryption)) {
        return SecurityFailure{SecurityError::PolicyViolation, 0, sc.toString()};
    }
    return {};
}

std::optional<InvocationCounter> SecurityContext::nextInvocationCounter() const {
    if (m_icExhausted) {
        return std::nullopt;
    }
    return m_nextIc;
}

void SecurityContext::setInvocationCounter(InvocationCounter next) {
    m_nextIc = next;
    m_icExhausted = false;
}

Expected<InvocationCounter, SecurityFailure> SecurityContext::takeInvocationCounter() {
    if (m_icExhausted) {
        return SecurityFailure{SecurityError::InvocationCounterExhausted, 0,
                               "invocation counter used up"};
    }
    const InvocationCounter ic = m_nextIc;
    if (ic == std::numeric_limits<InvocationCounter>::max()) {
        m_icExhausted = true;
    } else {
        ++m_nextIc;
    }
    return ic;
}

Expected<void, SecurityFailure> SecurityContext::checkPeerInvocationCounter(
    InvocationCounter ic) const {
    if (m_lastPeerIc && ic <= *m_lastPeerIc) {
        return SecurityFailure{SecurityError::InvocationCounterTooLow, 0,
                               "ic " + std::to_string(ic) + " <= " + std::to_string(*m_lastPeerIc)};
    }
    return {};
}

std::string SecurityContext::toString() const {
    std::string text = "own=" + m_ownTitle.toString();
    text += " peer=" + (m_peerTitle ? m_peerTitle->toString() : std::string("unknown"));
    text += " ek=" + m_keys.globalEk.masked();
    text += " ak=" + m_keys.ak.masked();
    text += " ded=" + (m_keys.dedicated ? m_keys.dedicated->masked() : std::string("none"));
    text += " policy=";
    if (m_policy.authentication) {
        text += m_policy.encryption ? "auth+enc" : "auth";
    } else {
        text += m_policy.encryption ? "enc" : "any";
    }
    text += " ic=" + (m_icExhausted ? std::string("exhausted") : std::to_string(m_nextIc));
    text += " peer-ic=" + (m_lastPeerIc ? std::to_string(*m_lastPeerIc) : std::string("none"));
    return text;
}

}  // namespace omt::dlms::security
