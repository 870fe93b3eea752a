#pragma once
// Helpers shared by the APDU tests: hex vectors with per-field comments, failure descriptions,
// and a generator of random APDU field values for the round-trip properties.

#include <QByteArray>
#include <QTest>

#include <cstdint>
#include <random>
#include <string>

#include "protocol/common/bytes.h"
#include "protocol/dlms/apdu/apdu.h"

/// Fails the test with the typed failure when an Expected holds an error (the description is
/// built only then: QVERIFY2 would evaluate it eagerly).
#define VERIFY_OK(result)                                            \
    do {                                                             \
        if (!(result)) {                                             \
            QFAIL(apdutest::describe((result).error()).constData()); \
        }                                                            \
    } while (false)

namespace apdutest {

/// Bytes from hex text; adjacent literals concatenate, so each field can carry its comment.
inline omt::Bytes hex(const char* text) {
    auto b = omt::fromHex(text);
    if (!b) {
        qFatal("bad hex in test vector: %s", text);
    }
    return *b;
}

inline QByteArray describe(const omt::dlms::ApduFailure& f) {
    return QByteArray(omt::dlms::nameOf(f.code)) + " at " +
           QByteArray::number(qulonglong(f.offset)) + ": " + QByteArray::fromStdString(f.detail);
}

inline QByteArray hexOf(const omt::Bytes& b) {
    return QByteArray::fromStdString(omt::toHex(b));
}

/// Random values for the round-trip properties; a fixed seed keeps every run identical.
class Random {
public:
    explicit Random(std::uint32_t seed) : m_gen(seed) {}

    std::uint32_t u32() { return m_gen(); }
    std::uint32_t below(std::uint32_t n) { return n == 0 ? 0 : m_gen() % n; }
    std::uint8_t u8() { return static_cast<std::uint8_t>(m_gen()); }
    std::uint16_t u16() { return static_cast<std::uint16_t>(m_gen()); }
    bool coin() { return (m_gen() & 1U) != 0; }

    omt::Bytes bytes(std::size_t maxLen) {
        omt::Bytes b(below(static_cast<std::uint32_t>(maxLen) + 1));
        for (auto& x : b) {
            x = u8();
        }
        return b;
    }

    std::string visible(std::size_t maxLen) {
        std::string s(below(static_cast<std::uint32_t>(maxLen) + 1), ' ');
        for (auto& c : s) {
            c = static_cast<char>(0x20 + below(0x5F));
        }
        return s;
    }

    omt::cosem::ObisCode obis() { return {u8(), u8(), u8(), u8(), u8(), u8()}; }

    /// A valid Data value of bounded depth and size.
    omt::dlms::Data data(int depth = 2) {
        using omt::dlms::Data;
        switch (below(depth > 0 ? 13 : 11)) {
            case 0:
                return Data::null();
            case 1:
                return Data::boolean(coin());
            case 2:
                return Data::unsigned8(u8());
            case 3:
                return Data::longUnsigned(u16());
            case 4:
                return Data::doubleLong(static_cast<std::int32_t>(u32()));
            case 5:
                return Data::doubleLongUnsigned(u32());
            case 6:
                return Data::long64(
                    static_cast<std::int64_t>((std::uint64_t{u32()} << 32U) | u32()));
            case 7:
                return Data::octetString(bytes(20));
            case 8:
                return Data::visibleString(visible(12));
            case 9:
                return Data::enumValue(u8());
            case 10:
                return Data::integer(static_cast<std::int8_t>(u8()));
            case 11: {
                std::vector<Data> members;
                const auto n = below(4);
                for (std::uint32_t i = 0; i < n; ++i) {
                    members.push_back(data(depth - 1));
                }
                return Data::structure(std::move(members));
            }
            default: {
                std::vector<Data> elements;
                const auto n = below(4);
                for (std::uint32_t i = 0; i < n; ++i) {
                    elements.push_back(Data::longUnsigned(u16()));
                }
                return Data::array(std::move(elements));
            }
        }
    }

    template <class T>
    std::optional<T> maybe(T value) {
        return coin() ? std::optional<T>(std::move(value)) : std::nullopt;
    }

private:
    std::mt19937 m_gen;
};

}  // namespace apdutest
