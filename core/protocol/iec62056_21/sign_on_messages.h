#pragma once
// The three sign-on messages of IEC 62056-21, byte-exact, both directions:
//
//   request         "/" "?" [device address] "!" CR LF                    HHU -> meter, 300 7E1
//   identification  "/" X X X Z ["\" W]... identification CR LF           meter -> HHU, 300 7E1
//   option select   ACK V Z Y CR LF                                       HHU -> meter (mode C/E)
//                   (in mode E the meter echoes the same shape as its switch confirmation)
//
//   auto id = parseIdentification(omt::bytesOf("/KAM5\\2OMNIPOWER\r\n"));
//   // id->manufacturer == "KAM", id->baudCharacter == '5', id->enhanced == "2"
//   Bytes ack = *encodeOptionSelect(OptionSelect::modeEHdlc('5'));   // 06 32 35 32 0D 0A

#include <cstddef>
#include <string>
#include <string_view>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/iec62056_21/baud_rate.h"
#include "protocol/iec62056_21/iec21_error.h"

namespace omt::iec62056_21 {

/// Device address of a request message: at most 32 characters of 0-9 A-Z a-z and space.
inline constexpr std::size_t kMaxDeviceAddressLength = 32;
/// Identification text after the baud (and enhanced) characters: at most 16 printable characters.
inline constexpr std::size_t kMaxIdentificationLength = 16;
/// Bound on "\W" sequences accepted in one identification message.
inline constexpr std::size_t kMaxEnhancedSequences = 4;

/// Request message: "/?" address "!" CR LF. An empty address addresses any meter.
struct RequestMessage {
    std::string deviceAddress;
    friend bool operator==(const RequestMessage&, const RequestMessage&) = default;
};

/// Encodes a request. Errors: InvalidAddressCharacter, AddressTooLong.
/// Example: encodeRequest("") -> 2F 3F 21 0D 0A ("/?!\r\n").
Expected<Bytes, Iec21Failure> encodeRequest(std::string_view deviceAddress);

/// Parses one complete request message (exactly, nothing after LF). Errors: Truncated,
/// BadStartCharacter (not "/?"), InvalidAddressCharacter, AddressTooLong, BadEndSequence (not
/// "!" CR LF), TrailingBytes. Example: parseRequest(bytesOf("/?12345678!\r\n"))->deviceAddress
/// == "12345678".
Expected<RequestMessage, Iec21Failure> parseRequest(ByteView message);

/// Identification message of the meter.
struct Identification {
    std::string manufacturer;  ///< 3 letters, "KAM"; a lower case 3rd letter allows 20 ms reaction
    char baudCharacter = '0';  ///< Z: highest rate proposed (mode C/E), the rate (B), anything (A)
    std::string enhanced;      ///< the W of each "\W" sequence in order, "2" = mode E (HDLC)
    std::string identification;  ///< manufacturer-specific text, at most 16 printable characters

    /// True when the 3rd manufacturer letter is lower case: the meter's minimum reaction time is
    /// 20 ms instead of 200 ms.
    bool fastReaction() const;
    /// True when a "\2" sequence is present and Z is a mode C/E digit: binary mode (HDLC) offered.
    bool offersModeE() const;
    /// The protocol mode the baud character implies (C for digits even when mode E is offered).
    ProtocolMode protocolMode() const { return protocolModeOf(baudCharacter); }

    friend bool operator==(const Identification&, const Identification&) = default;
};

/// Encodes an identification message. Errors: InvalidManufacturer, InvalidBaudCharacter (Z not
/// printable or one of / ! \), InvalidEnhancedSequence (W not printable, / ! or \, more than
/// kMaxEnhancedSequences), InvalidIdentificationCharacter (control, 8-bit, / or !, or a leading
/// "\" that would read back as an enhanced sequence), IdentificationTooLong.
/// Example: encodeIdentification({"KAM", '5', "2", "OMNIPOWER"}) -> "/KAM5\2OMNIPOWER\r\n".
Expected<Bytes, Iec21Failure> encodeIdentification(
    const Identification& id, std::size_t maxIdentificationLength = kMaxIdentificationLength);

/// Parses one complete identification message. Errors: Truncated, BadStartCharacter (no "/"),
/// InvalidManufacturer, InvalidBaudCharacter, InvalidEnhancedSequence,
/// InvalidIdentificationCharacter, EightBitByte, IdentificationTooLong (more than
/// `maxIdentificationLength`, default 16 as the standard says), BadEndSequence (LF without CR, CR
/// not followed by LF), TrailingBytes. Example: parseIdentification(bytesOf("/ISk5ME162\r\n"))
/// -> {"ISk", '5', "", "ME162"}, fastReaction() true.
Expected<Identification, Iec21Failure> parseIdentification(
    ByteView message, std::size_t maxIdentificationLength = kMaxIdentificationLength);

/// V of the option select message.
enum class ProtocolControl : char {
    Normal = '0',     ///< normal protocol procedure
    Secondary = '1',  ///< secondary protocol procedure
    Hdlc = '2',       ///< HDLC protocol procedure (mode E, IEC 62056-21 Annex E)
};

/// Y of the option select message ('3'..'5' and letters are reserved and refused).
enum class ModeControl : char {
    DataReadout = '0',
    Programming = '1',
    BinaryHdlc = '2',  ///< binary mode (HDLC), with V = '2'
    Manufacturer6 = '6',
    Manufacturer7 = '7',
    Manufacturer8 = '8',
    Manufacturer9 = '9',
};

/// Acknowledgement / option select message ACK V Z Y CR LF (also the shape of the meter's mode E
/// switch confirmation).
struct OptionSelect {
    ProtocolControl protocolControl = ProtocolControl::Normal;
    char baudCharacter = '0';  ///< mode C/E table character, '0'..'6'
    ModeControl modeControl = ModeControl::DataReadout;

    /// Mode C data readout at rate z: ACK '0' z '0' CR LF.
    static OptionSelect modeCReadout(char z) {
        return {ProtocolControl::Normal, z, ModeControl::DataReadout};
    }
    /// Mode C programming mode at rate z: ACK '0' z '1' CR LF.
    static OptionSelect modeCProgramming(char z) {
        return {ProtocolControl::Normal, z, ModeControl::Programming};
    }
    /// Mode E, switch to HDLC at rate z: ACK '2' z '2' CR LF.
    static OptionSelect modeEHdlc(char z) {
        return {ProtocolControl::Hdlc, z, ModeControl::BinaryHdlc};
    }

    friend bool operator==(const OptionSelect&, const OptionSelect&) = default;
};

/// Encodes ACK V Z Y CR LF. Errors: InvalidProtocolControl / InvalidModeControl (a value cast
/// from outside the enums), InvalidBaudCharacter / ReservedBaudCharacter (Z not '0'..'6').
/// Example: encodeOptionSelect(OptionSelect::modeCReadout('5')) -> 06 30 35 30 0D 0A.
Expected<Bytes, Iec21Failure> encodeOptionSelect(const OptionSelect& message);

/// Parses exactly one ACK V Z Y CR LF. Errors: Truncated, BadStartCharacter (not ACK),
/// InvalidProtocolControl, InvalidBaudCharacter, ReservedBaudCharacter, InvalidModeControl,
/// BadEndSequence, TrailingBytes. Example: parseOptionSelect(06 32 35 32 0D 0A) ->
/// {Hdlc, '5', BinaryHdlc}.
Expected<OptionSelect, Iec21Failure> parseOptionSelect(ByteView message);

}  // namespace omt::iec62056_21
