// Fuzz target: the COSEM server engine of the virtual meters. The input is a mode byte and then
// successive request APDUs, each prefixed by a one-byte length (the last one takes whatever is
// left). Mode bit 0: first associate the public client with a fixed valid AARQ; bit 1: that AARQ
// asks for a client max receive PDU size of 64 (block transfer); bit 2: run the reader (LLS)
// association instead; bit 3: run the HLS-GMAC management association instead. Whatever comes
// in, the server must not crash, every plain answer must decode, and once associated with a PDU
// size of at least 64 no xDLMS answer may exceed it.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "sim/server/association_ln_object.h"
#include "sim/server/clock_object.h"
#include "sim/server/data_object.h"
#include "sim/server/register_object.h"
#include "sim/server/server_association.h"

namespace {

using namespace omt;
using namespace omt::sim;
using AM = cosem::AttributeAccessMode;

void buildMeter(ObjectDirectory& directory, AccessPolicy& policy) {
    directory.add(std::make_unique<DataObject>(cosem::ObisCode(0, 0, 42, 0, 0, 255),
                                               Data::octetString(bytesOf("KAM0000BC614E"))));
    directory.add(std::make_unique<ClockObject>(
        [] { return std::chrono::sys_seconds{std::chrono::seconds{1774746000}}; }));
    directory.add(std::make_unique<RegisterObject>(cosem::ObisCode(1, 0, 1, 8, 0, 255),
                                                   Data::doubleLongUnsigned(5009),
                                                   cosem::ScalerUnit{0, cosem::Unit::WattHour}));
    directory.add(std::make_unique<DataObject>(
        cosem::ObisCode(0, 0, 96, 1, 10, 255),
        Data::structure({Data::octetString(bytesOf("ABC")), Data::longUnsigned(1)})));
    directory.add(std::make_unique<AssociationLnObject>());
    for (std::uint8_t i = 1; i <= 10; ++i) {
        directory.add(std::make_unique<RegisterObject>(cosem::ObisCode(1, 0, 2, 8, i, 255),
                                                       Data::long64(i), cosem::ScalerUnit{}));
    }
    for (const auto& object : directory.objects()) {
        policy.grantAll(object->logicalName(), object->attributeCount(), AM::ReadAndWrite,
                        object->methodCount(), cosem::MethodAccessMode::Access);
    }
    policy.grant(cosem::ObisCode(0, 0, 42, 0, 0, 255), {AM::ReadOnly, AM::NoAccess});
}

Bytes publicAarq(std::uint16_t pdu) {
    dlms::InitiateRequest request;
    request.proposedConformance = serverConformance();
    request.clientMaxReceivePduSize = pdu;
    dlms::Aarq aarq;
    aarq.userInformation = dlms::encodeApdu(request).value();
    return dlms::encodeAarq(aarq).value();
}

void checkAnswer(const ServerAssociation& server, const Bytes& out) {
    if (out.empty()) {
        __builtin_trap();  // "something" to send must be an APDU
    }
    const std::uint8_t tag = out.front();
    if (tag == 0x61) {
        if (!dlms::decodeAare(out)) {
            __builtin_trap();
        }
        return;
    }
    if (tag == 0x63) {
        if (!dlms::decodeRlre(out)) {
            __builtin_trap();
        }
        return;
    }
    if (!dlms::isCipheredTag(tag) && !dlms::decodeApdu(out)) {
        __builtin_trap();  // our own answer does not decode
    }
    const std::uint16_t pdu = server.clientMaxReceivePduSize();
    if (pdu >= 64 && out.size() > pdu) {
        __builtin_trap();  // an answer above the client's max receive PDU size
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::uint8_t mode = data[0];
    ObjectDirectory directory;
    AccessPolicy policy;
    buildMeter(directory, policy);

    AssociationConfig config = AssociationConfig::publicClient(policy);
    if ((mode & 0x04U) != 0) {
        config = AssociationConfig::reader(bytesOf("12345678"), policy);
    } else if ((mode & 0x08U) != 0) {
        config = AssociationConfig::management(
            *dlms::security::SystemTitle::fromHex("4B414D0000BC614E"),
            {*dlms::security::Key128::fromHex("000102030405060708090A0B0C0D0E0F"),
             *dlms::security::Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"), std::nullopt},
            policy);
    }
    ServerAssociation server(std::move(config), directory);
    if ((mode & 0x01U) != 0) {
        auto aare = server.handleApdu(publicAarq((mode & 0x02U) != 0 ? 64 : 0xFFFF));
        if (!aare) {
            __builtin_trap();  // an AARQ is always answered
        }
    }
    ByteReader reader(ByteView(data + 1, size - 1));
    while (!reader.atEnd()) {
        const std::size_t length = *reader.u8();
        const std::size_t take = length <= reader.remaining() ? length : reader.remaining();
        const ByteView apdu = *reader.take(take);
        auto out = server.handleApdu(apdu);
        if (out) {
            checkAnswer(server, *out);
        }
    }
    (void)server.status();
    return 0;
}
