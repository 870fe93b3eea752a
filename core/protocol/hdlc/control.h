#pragma once
// The HDLC control field (modulo 8) as used by IEC 62056-46, one byte on the wire.
//
//   bit        7 6 5   4    3 2 1   0
//   I          N(R)    P/F  N(S)    0
//   RR         N(R)    P/F  0 0 0   1
//   RNR        N(R)    P/F  0 1 0   1
//   SNRM 0x83, DISC 0x43, UA 0x63, DM 0x0F, FRMR 0x87, UI 0x03, each | 0x10 when P/F is set.
//
//   Control::snrm().byte()            == 0x93
//   Control::i(0, 0, true).byte()     == 0x10   // first I frame of a client
//   Control::rr(1, true).byte()       == 0x31
//   Control::fromByte(0x73).type()    == FrameType::Ua

#include <cstdint>

namespace omt::hdlc {

/// Frame kinds of IEC 62056-46. Unknown covers every other control value (REJ, SREJ, undefined
/// unnumbered commands); such frames decode, and the link engine rejects them.
enum class FrameType : std::uint8_t { I, Rr, Rnr, Snrm, Disc, Ua, Dm, Frmr, Ui, Unknown };

/// Stable name of a frame type ("I", "RR", "SNRM", ...) for traces.
const char* nameOf(FrameType t);

/// A control field value: a thin typed view of the byte, so every byte round-trips exactly.
class Control {
public:
    constexpr Control() = default;

    /// Any byte is a control field; type() tells which kind it is.
    static constexpr Control fromByte(std::uint8_t b) { return Control(b); }
    /// Information frame: send sequence ns, receive sequence nr (both modulo 8), poll/final.
    static constexpr Control i(unsigned ns, unsigned nr, bool pf) {
        return Control(static_cast<std::uint8_t>(((nr & 7U) << 5) | pfBit(pf) | ((ns & 7U) << 1)));
    }
    /// Receive ready, acknowledging up to nr - 1. Example: rr(1, true).byte() == 0x31.
    static constexpr Control rr(unsigned nr, bool pf) {
        return Control(static_cast<std::uint8_t>(((nr & 7U) << 5) | pfBit(pf) | 0x01U));
    }
    /// Receive not ready, acknowledging up to nr - 1. Example: rnr(2, true).byte() == 0x55.
    static constexpr Control rnr(unsigned nr, bool pf) {
        return Control(static_cast<std::uint8_t>(((nr & 7U) << 5) | pfBit(pf) | 0x05U));
    }
    static constexpr Control snrm(bool pf = true) { return unnumbered(0x83, pf); }
    static constexpr Control disc(bool pf = true) { return unnumbered(0x43, pf); }
    static constexpr Control ua(bool pf = true) { return unnumbered(0x63, pf); }
    static constexpr Control dm(bool pf = true) { return unnumbered(0x0F, pf); }
    static constexpr Control frmr(bool pf = true) { return unnumbered(0x87, pf); }
    static constexpr Control ui(bool pf = false) { return unnumbered(0x03, pf); }

    constexpr std::uint8_t byte() const { return m_byte; }
    /// The frame kind; Unknown for values IEC 62056-46 does not use.
    FrameType type() const;
    /// N(S) of an I frame (0 for other kinds).
    constexpr unsigned ns() const { return isI() ? (m_byte >> 1) & 7U : 0U; }
    /// N(R) of an I, RR or RNR frame (0 for other kinds).
    unsigned nr() const;
    /// The poll (command) / final (response) bit.
    constexpr bool pollFinal() const { return (m_byte & 0x10U) != 0; }
    /// The same control with the P/F bit set or cleared.
    constexpr Control withPollFinal(bool pf) const {
        return Control(static_cast<std::uint8_t>((m_byte & 0xEFU) | pfBit(pf)));
    }
    constexpr bool isI() const { return (m_byte & 0x01U) == 0; }

    friend constexpr bool operator==(Control, Control) = default;

private:
    constexpr explicit Control(std::uint8_t b) : m_byte(b) {}
    static constexpr unsigned pfBit(bool pf) { return pf ? 0x10U : 0U; }
    static constexpr Control unnumbered(unsigned code, bool pf) {
        return Control(static_cast<std::uint8_t>(code | pfBit(pf)));
    }

    std::uint8_t m_byte = 0x03;  // UI without P/F
};

}  // namespace omt::hdlc
