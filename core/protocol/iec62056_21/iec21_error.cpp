#include "protocol/iec62056_21/iec21_error.h"

namespace omt::iec62056_21 {

const char* nameOf(Iec21Error code) {
    switch (code) {
        case Iec21Error::Truncated:
            return "truncated";
        case Iec21Error::BadStartCharacter:
            return "bad-start-character";
        case Iec21Error::BadEndSequence:
            return "bad-end-sequence";
        case Iec21Error::TrailingBytes:
            return "trailing-bytes";
        case Iec21Error::MessageTooLarge:
            return "message-too-large";
        case Iec21Error::EightBitByte:
            return "eight-bit-byte";
        case Iec21Error::InvalidCharacter:
            return "invalid-character";
        case Iec21Error::BccMismatch:
            return "bcc-mismatch";
        case Iec21Error::InvalidAddressCharacter:
            return "invalid-address-character";
        case Iec21Error::AddressTooLong:
            return "address-too-long";
        case Iec21Error::InvalidManufacturer:
            return "invalid-manufacturer";
        case Iec21Error::InvalidBaudCharacter:
            return "invalid-baud-character";
        case Iec21Error::ReservedBaudCharacter:
            return "reserved-baud-character";
        case Iec21Error::NoBaudCharacter:
            return "no-baud-character";
        case Iec21Error::UnsupportedBaudRate:
            return "unsupported-baud-rate";
        case Iec21Error::InvalidEnhancedSequence:
            return "invalid-enhanced-sequence";
        case Iec21Error::InvalidIdentificationCharacter:
            return "invalid-identification-character";
        case Iec21Error::IdentificationTooLong:
            return "identification-too-long";
        case Iec21Error::InvalidProtocolControl:
            return "invalid-protocol-control";
        case Iec21Error::InvalidModeControl:
            return "invalid-mode-control";
        case Iec21Error::MissingEndOfData:
            return "missing-end-of-data";
        case Iec21Error::MalformedDataSet:
            return "malformed-data-set";
        case Iec21Error::ValueTooLong:
            return "value-too-long";
        case Iec21Error::UnitTooLong:
            return "unit-too-long";
        case Iec21Error::TooManyDataSets:
            return "too-many-data-sets";
        case Iec21Error::TooManyValues:
            return "too-many-values";
        case Iec21Error::UnknownCommand:
            return "unknown-command";
        case Iec21Error::MalformedCommand:
            return "malformed-command";
        case Iec21Error::BufferOverflow:
            return "buffer-overflow";
        case Iec21Error::InvalidOptions:
            return "invalid-options";
        case Iec21Error::NoResponse:
            return "no-response";
        case Iec21Error::ModeNotSupported:
            return "mode-not-supported";
        case Iec21Error::UnexpectedMessage:
            return "unexpected-message";
        case Iec21Error::ModeEConfirmMismatch:
            return "mode-e-confirm-mismatch";
        case Iec21Error::MeterRefused:
            return "meter-refused";
    }
    return "unknown";
}

}  // namespace omt::iec62056_21
