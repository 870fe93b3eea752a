#pragma once
// The security state of one application association (security suite 0): who we are, who the
// peer is, the keys, the required protection, our invocation counter and the last invocation
// counter accepted from the peer.
//
//   SecurityContext ctx(*SystemTitle::fromHex("4B414D0000000001"),
//                       SecurityKeys{ek, ak, std::nullopt});
//   ctx.setPeerSystemTitle(serverTitle);          // from the AARE responding-AP-title
//   auto ic = ctx.takeInvocationCounter();        // 0, then 1, 2, ... never wraps
//   ctx.checkPeerInvocationCounter(received);     // InvocationCounterTooLow on replay
//   ctx.toString();                               // keys masked

#include <optional>
#include <string>

#include "protocol/common/expected.h"
#include "protocol/dlms/security/aes_gcm.h"
#include "protocol/dlms/security/key128.h"
#include "protocol/dlms/security/security_control.h"
#include "protocol/dlms/security/security_error.h"
#include "protocol/dlms/security/system_title.h"

namespace omt::dlms::security {

struct SecurityKeys {
    Key128 globalEk;                  ///< global unicast encryption key
    Key128 ak;                        ///< authentication key
    std::optional<Key128> dedicated;  ///< dedicated key from the InitiateRequest, if any
};

/// What this association sends, and the least it accepts: a received message must carry at
/// least the protections asked for here (DLMS security policy). Default: both. A policy with
/// neither bit accepts any protection and sends authenticated encryption.
struct SecurityPolicy {
    bool authentication = true;
    bool encryption = true;

    /// The protection used for sending.
    Protection protection() const;
    static SecurityPolicy of(Protection protection);
};

class SecurityContext {
public:
    SecurityContext(const SystemTitle& ownTitle, SecurityKeys keys);

    const SystemTitle& ownSystemTitle() const { return m_ownTitle; }
    const std::optional<SystemTitle>& peerSystemTitle() const { return m_peerTitle; }
    /// Sets the peer's title (e.g. from the AARE) and forgets its last invocation counter when
    /// the title changes.
    void setPeerSystemTitle(const SystemTitle& title);

    const SecurityKeys& keys() const { return m_keys; }
    void setDedicatedKey(const Key128& key) { m_keys.dedicated = key; }
    void clearDedicatedKey() { m_keys.dedicated.reset(); }
    /// CipherKeys {global EK, AK} or {dedicated key, AK}; MissingKey without a dedicated key.
    Expected<CipherKeys, SecurityFailure> cipherKeys(bool dedicated) const;

    const SecurityPolicy& policy() const { return m_policy; }
    void setPolicy(const SecurityPolicy& policy) { m_policy = policy; }
    /// Ok if `sc` carries every protection the policy asks for, else PolicyViolation.
    Expected<void, SecurityFailure> checkPolicy(SecurityControl sc) const;

    /// The IC the next protect() will use (nullopt once 0xFFFFFFFF has been used).
    std::optional<InvocationCounter> nextInvocationCounter() const;
    /// Sets our IC, e.g. to the value read from the meter's frame counter object.
    void setInvocationCounter(InvocationCounter next);
    /// Returns the IC to use now and advances it. 0xFFFFFFFF is used once; after that every call
    /// fails with InvocationCounterExhausted (the counter never wraps: a new key is needed).
    Expected<InvocationCounter, SecurityFailure> takeInvocationCounter();

    /// The last IC accepted from the peer, if any.
    std::optional<InvocationCounter> lastPeerInvocationCounter() const { return m_lastPeerIc; }
    void setLastPeerInvocationCounter(std::optional<InvocationCounter> ic) { m_lastPeerIc = ic; }
    /// Ok if `ic` is strictly greater than the last accepted one (or none was accepted yet),
    /// else InvocationCounterTooLow. Does not change the state.
    Expected<void, SecurityFailure> checkPeerInvocationCounter(InvocationCounter ic) const;
    /// Records `ic` as accepted; call only after the message authenticated.
    void acceptPeerInvocationCounter(InvocationCounter ic) { m_lastPeerIc = ic; }

    /// "own=KAM0000000001 peer=MMM0000BC614E ek=Key128(********) ak=Key128(********)
    ///  ded=none policy=auth+enc ic=5 peer-ic=7": keys always masked.
    std::string toString() const;

private:
    SystemTitle m_ownTitle;
    std::optional<SystemTitle> m_peerTitle;
    SecurityKeys m_keys;
    SecurityPolicy m_policy;
    InvocationCounter m_nextIc = 0;
    bool m_icExhausted = false;
    std::optional<InvocationCounter> m_lastPeerIc;
};

}  // namespace omt::dlms::security
