// The DLMS client association engine driven against the virtual meters' real server engine
// (sim/server ServerAssociation), APDU by APDU: the three associations (public, LLS reader,
// HLS-GMAC management), the AARE diagnoses, GET normal / with-list batching / block transfer,
// SET, ACTION, denied rights, ciphering checks and release.
#include <QTest>
#include <cstdio>

#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/client/client_association.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "test_meter.h"

using namespace omt;
using namespace omt::dlms;
using namespace omt::testmeter;
namespace sec = omt::dlms::security;

namespace {

/// What a whole operation ended with, and how many request APDUs crossed.
struct Run {
    std::optional<Outcome> outcome;
    std::optional<ClientFailure> failure;
    bool noAnswer = false;
    int requests = 0;
    std::vector<Bytes> sent;
};

/// Sends `first` to the server and follows the client's steps until the operation completes.
Run drive(ClientAssociation& client, sim::ServerAssociation& server, Bytes first) {
    Run run;
    Bytes request = std::move(first);
    for (int guard = 0; guard < 1000; ++guard) {
        ++run.requests;
        run.sent.push_back(request);
        auto response = server.handleApdu(request);
        if (!response) {
            run.noAnswer = true;
            return run;
        }
        auto step = client.receive(*response);
        if (!step) {
            run.failure = step.error();
            return run;
        }
        if (auto* next = std::get_if<SendNext>(&*step)) {
            request = std::move(next->apdu);
            continue;
        }
        run.outcome = std::get<Completed>(std::move(*step)).outcome;
        return run;
    }
    return run;
}

Run associate(ClientAssociation& client, sim::ServerAssociation& server) {
    auto aarq = client.associate();
    if (!aarq) {
        Run run;
        run.failure = aarq.error();
        return run;
    }
    return drive(client, server, std::move(*aarq));
}

QString codeOf(const Run& run) {
    return run.failure ? QString::fromLatin1(nameOf(run.failure->code)) : QStringLiteral("success");
}

ClientConfig managementClient(sec::SecurityKeys keys = meterKeys()) {
    return ClientConfig::highLevelGmac(sim::kManagementClientSap, title(kClientTitle),
                                       std::move(keys));
}

const GetOutcome* getOutcome(const Run& run) {
    return run.outcome ? std::get_if<GetOutcome>(&*run.outcome) : nullptr;
}

std::optional<std::uint64_t> unsignedOf(const GetItem& item) {
    const auto* data = std::get_if<Data>(&item.result);
    if (data == nullptr) {
        return std::nullopt;
    }
    if (const auto* v = data->as<std::uint64_t>()) {
        return *v;
    }
    return std::nullopt;
}

}  // namespace

class TestDlmsClient : public QObject {
    Q_OBJECT

private slots:
    void publicAssociationReadsTheClock();
    void publicAssociationRejectsWrongContext();
    void llsReaderRightPassword();
    void llsReaderWrongPassword();
    void hlsManagementRightKeys();
    void hlsManagementWrongKeys();
    void objectNotInAssociation();
    void writeDeniedToReader();
    void getWithListBatches();
    void selectiveAccessIsSent();
    void getWithoutMultipleReferencesIsOneRequestPerItem();
    void getBlockTransferFollowsEveryBlock();
    void getBlockTransferOnCipheredAssociation();
    void blockTransferBoundedBySize();
    void setNormalAndWithList();
    void setTooLargeWithoutBlockConformance();
    void blockSetFollowsTheStandardSequence();
    void actionOnClock();
    void actionWithLongParametersSendsPBlocks();
    void actionWithLongResultFollowsEveryPBlock();
    void blockActionAgainstTheVirtualMetersServer();
    void actionDenied();
    void tamperedResponseFailsAuthentication();
    void replayedResponseIsRefused();
    void exceptionResponseIsTyped();
    void releasePlainAndCiphered();
    void operationsNeedAnAssociation();
};

void TestDlmsClient::publicAssociationReadsTheClock() {
    TestMeter meter;
    sim::ServerAssociation server(publicConfig(), meter.directory);
    ClientAssociation client(ClientConfig::publicClient());
    auto aarq = client.associate();
    QVERIFY(aarq.hasValue());
    // AARQ: no mechanism, plain InitiateRequest (01 00 00 00 06 5F 1F 04 00 ...) in the
    // user-information.
    QCOMPARE(aarq->front(), std::uint8_t{0x60});
    Run run = drive(client, server, *aarq);
    QCOMPARE(codeOf(run), QStringLiteral("success"));
    const auto& associated = std::get<Associated>(*run.outcome);
    QVERIFY(associated.negotiatedConformance.has(ConformanceBit::Get));
    QVERIFY(associated.negotiatedConformance.has(ConformanceBit::MultipleReferences));
    // Block SET and block ACTION: both sides offer them.
    QVERIFY(associated.negotiatedConformance.has(ConformanceBit::BlockTransferWithSetOrWrite));
    QVERIFY(associated.negotiatedConformance.has(ConformanceBit::BlockTransferWithAction));
    QCOMPARE(associated.serverMaxReceivePduSize, std::uint16_t{1024});
    QCOMPARE(client.state(), ClientAssociation::State::Associated);

    auto get = client.get({{8, kClockLn, 2, std::nullopt}});
    QVERIFY(get.hasValue());
    // C0 01 <invoke-id 1, confirmed, high> 00 08 00 00 01 00 00 FF 02 00
    QCOMPARE(toHex(*get), std::string("C0 01 C1 00 08 00 00 01 00 00 FF 02 00"));
    run = drive(client, server, *get);
    const auto* outcome = getOutcome(run);
    QVERIFY(outcome != nullptr);
    QCOMPARE(outcome->items.size(), std::size_t{1});
    const auto* value = std::get_if<Data>(&outcome->items[0].result);
    QVERIFY(value != nullptr);
    QCOMPARE(value->type(), DataType::OctetString);  // the 12-byte date-time
    QCOMPARE(value->as<Bytes>()->size(), std::size_t{12});
}

void TestDlmsClient::publicAssociationRejectsWrongContext() {
    // A public client that asks for LLS meets a server that has no authentication.
    TestMeter meter;
    sim::ServerAssociation server(publicConfig(), meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(0x10, bytesOf("x")));
    Run run = associate(client, server);
    QCOMPARE(codeOf(run), QStringLiteral("authentication-required"));
    QVERIFY(run.failure->detail.find("authentication-mechanism-name-not-recognised") !=
            std::string::npos);
    QCOMPARE(client.state(), ClientAssociation::State::NonAssociated);
}

void TestDlmsClient::llsReaderRightPassword() {
    TestMeter meter;
    sim::ServerAssociation server(readerConfig(), meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword)));
    Run run = associate(client, server);
    QCOMPARE(codeOf(run), QStringLiteral("success"));
    QCOMPARE(run.requests, 1);
    run = drive(client, server, client.get({{3, kEnergy, 2, std::nullopt}}).value());
    const auto* outcome = getOutcome(run);
    QVERIFY(outcome != nullptr);
    QCOMPARE(unsignedOf(outcome->items[0]), std::optional<std::uint64_t>(5009));
}

void TestDlmsClient::llsReaderWrongPassword() {
    TestMeter meter;
    sim::ServerAssociation server(readerConfig(), meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf("87654321")));
    Run run = associate(client, server);
    QCOMPARE(codeOf(run), QStringLiteral("authentication-failure"));
    QCOMPARE(run.failure->detail, std::string("rejected-permanent authentication-failure"));
    // The password never appears in an error.
    QVERIFY(run.failure->detail.find("87654321") == std::string::npos);
    QCOMPARE(client.state(), ClientAssociation::State::NonAssociated);
    // After the rejection the client can try again.
    QVERIFY(client.associate().hasValue());
}

void TestDlmsClient::hlsManagementRightKeys() {
    TestMeter meter;
    sim::ServerAssociation server(managementConfig(), meter.directory);
    ClientAssociation client(managementClient());
    auto aarq = client.associate();
    QVERIFY(aarq.hasValue());
    auto decoded = decodeAarq(*aarq);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->applicationContext, ApplicationContextName::LogicalNameCiphered);
    QCOMPARE(decoded->mechanismName, std::optional<MechanismName>(MechanismName::HighGmac));
    QCOMPARE(decoded->callingAuthenticationValue->size(), std::size_t{16});  // CtoS
    QCOMPARE(decoded->userInformation->front(), std::uint8_t{0x21});         // glo-initiate-request
    Run run = drive(client, server, *aarq);
    QCOMPARE(codeOf(run), QStringLiteral("success"));
    QCOMPARE(run.requests, 2);  // AARQ, then reply_to_HLS_authentication (pass 3)
    QCOMPARE(run.sent[1].front(), std::uint8_t{0xCB});  // glo-action-request
    QCOMPARE(server.status(), cosem::AssociationStatus::Associated);
    QVERIFY(client.ciphered());

    // Every request is glo-ciphered, the response deciphered.
    auto get = client.get({{3, kEnergy, 2, std::nullopt}});
    QCOMPARE(get->front(), std::uint8_t{0xC8});  // glo-get-request
    run = drive(client, server, *get);
    const auto* outcome = getOutcome(run);
    QVERIFY(outcome != nullptr);
    QCOMPARE(unsignedOf(outcome->items[0]), std::optional<std::uint64_t>(5009));
}

void TestDlmsClient::hlsManagementWrongKeys() {
    TestMeter meter;
    sim::ServerAssociation server(managementConfig(), meter.directory);
    auto keys = meterKeys();
    keys.globalEk = key("00112233445566778899AABBCCDDEEFF");
    ClientAssociation client(managementClient(keys));
    Run run = associate(client, server);
    QCOMPARE(codeOf(run), QStringLiteral("authentication-failure"));
    QVERIFY(run.failure->detail.find("deciphering-error") != std::string::npos);
    QCOMPARE(server.status(), cosem::AssociationStatus::NonAssociated);

    // Wrong AK only: the GCM tag of the glo-initiate-request does not verify either.
    keys = meterKeys();
    keys.ak = key("0F0E0D0C0B0A09080706050403020100");
    ClientAssociation client2(managementClient(keys));
    run = associate(client2, server);
    QCOMPARE(codeOf(run), QStringLiteral("authentication-failure"));
}

void TestDlmsClient::objectNotInAssociation() {
    TestMeter meter;
    sim::ServerAssociation server(publicConfig(), meter.directory);
    ClientAssociation client(ClientConfig::publicClient());
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    // The energy register exists but the public association does not see it; 1.0.0.4.2.255
    // does not exist at all: both object-undefined, per item, with the object named.
    Run run = drive(client, server,
                    client
                        .get({{3, kEnergy, 2, std::nullopt},
                              {3, cosem::ObisCode(1, 0, 0, 4, 2, 255), 2, std::nullopt},
                              {1, kLdn, 2, std::nullopt}})
                        .value());
    const auto* outcome = getOutcome(run);
    QVERIFY(outcome != nullptr);
    QCOMPARE(outcome->items.size(), std::size_t{3});
    QCOMPARE(itemFailure(outcome->items[0]),
             std::optional<DataAccessResult>(DataAccessResult::ObjectUndefined));
    QCOMPARE(itemFailure(outcome->items[1]),
             std::optional<DataAccessResult>(DataAccessResult::ObjectUndefined));
    QCOMPARE(describeItem(outcome->items[1].attribute), std::string("1.0.0.4.2.255 attribute 2"));
    QCOMPARE(itemFailure(outcome->items[2]), std::nullopt);
}

void TestDlmsClient::writeDeniedToReader() {
    TestMeter meter;
    sim::ServerAssociation server(readerConfig(), meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword)));
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    Run run =
        drive(client, server,
              client.set({{{1, kText, 2, std::nullopt}, Data::octetString(bytesOf("X"))}}).value());
    QVERIFY(run.outcome.has_value());
    const auto& set = std::get<SetOutcome>(*run.outcome);
    QCOMPARE(set.items.size(), std::size_t{1});
    QCOMPARE(set.items[0].result, DataAccessResult::ReadWriteDenied);
}

void TestDlmsClient::getWithListBatches() {
    TestMeter meter;
    sim::ServerAssociation server(readerConfig(), meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword)));
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    std::vector<AttributeRef> items;
    for (int i = 1; i <= kExtraRegisters; ++i) {
        items.push_back({3, extraRegister(i), 2, std::nullopt});
    }
    Run run = drive(client, server, client.get(items).value());
    const auto* outcome = getOutcome(run);
    QVERIFY(outcome != nullptr);
    // 30 registers, at most 16 per list: two round trips, not thirty.
    QCOMPARE(run.requests, 2);
    QCOMPARE(run.sent[0][1], std::uint8_t{0x03});  // get-request-with-list
    QCOMPARE(run.sent[0][3], std::uint8_t{16});    // 16 attributes
    QCOMPARE(run.sent[1][3], std::uint8_t{14});
    QCOMPARE(outcome->items.size(), std::size_t{30});
    for (int i = 1; i <= kExtraRegisters; ++i) {
        QCOMPARE(unsignedOf(outcome->items[static_cast<std::size_t>(i - 1)]),
                 std::optional<std::uint64_t>(i));
        QCOMPARE(outcome->items[static_cast<std::size_t>(i - 1)].attribute.obis, extraRegister(i));
    }
    QCOMPARE(client.progress().itemsDone, std::size_t{30});

    // A smaller list bound gives more batches.
    ClientConfig config = ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword));
    config.maxListItems = 10;
    sim::ServerAssociation server2(readerConfig(), meter.directory);
    ClientAssociation client2(config);
    QCOMPARE(codeOf(associate(client2, server2)), QStringLiteral("success"));
    run = drive(client2, server2, client2.get(items).value());
    QCOMPARE(run.requests, 3);
    QCOMPARE(getOutcome(run)->items.size(), std::size_t{30});
}

void TestDlmsClient::selectiveAccessIsSent() {
    TestMeter meter;
    sim::ServerAssociation server(publicConfig(), meter.directory);
    ClientAssociation client(ClientConfig::publicClient());
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    QVERIFY(client.negotiatedConformance().has(ConformanceBit::SelectiveAccess));
    const auto entries = makeEntryDescriptor({.fromEntry = 1, .toEntry = 10});
    auto request = client.get({{8, kClockLn, 2, entries}});
    // ... 02 00 | 01 (access selection present) 02 (entry selector) 02 04 (structure of 4) ...
    QCOMPARE(toHex(*request),
             std::string("C0 01 C1 00 08 00 00 01 00 00 FF 02 01 02 02 04 06 00 00 00 01 06 00 "
                         "00 00 0A 12 00 01 12 00 00"));
    // The clock time has no access selectors: the meter says scope-of-access-violated.
    Run run = drive(client, server, *request);
    const auto* outcome = getOutcome(run);
    QVERIFY(outcome != nullptr);
    QCOMPARE(itemFailure(outcome->items[0]),
             std::optional<DataAccessResult>(DataAccessResult::ScopeOfAccessViolated));
    QVERIFY(outcome->items[0].attribute.access == entries);
}

void TestDlmsClient::getWithoutMultipleReferencesIsOneRequestPerItem() {
    TestMeter meter;
    sim::ServerAssociation server(readerConfig(), meter.directory);
    ClientConfig config = ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword));
    config.proposedConformance.set(ConformanceBit::MultipleReferences, false);
    ClientAssociation client(config);
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    QVERIFY(!client.negotiatedConformance().has(ConformanceBit::MultipleReferences));
    Run run = drive(client, server,
                    client
                        .get({{3, extraRegister(1), 2, std::nullopt},
                              {3, extraRegister(2), 2, std::nullopt},
                              {3, extraRegister(3), 2, std::nullopt}})
                        .value());
    QCOMPARE(run.requests, 3);
    for (const auto& sent : run.sent) {
        QCOMPARE(sent[1], std::uint8_t{0x01});  // get-request-normal
    }
    QCOMPARE(unsignedOf(getOutcome(run)->items[2]), std::optional<std::uint64_t>(3));
}

void TestDlmsClient::getBlockTransferFollowsEveryBlock() {
    TestMeter meter;
    sim::ServerAssociation server(publicConfig(), meter.directory);
    ClientConfig config = ClientConfig::publicClient();
    config.maxReceivePduSize = 64;
    ClientAssociation client(config);
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    // The object list of the current association (class 15 attribute 2) is far above 64 bytes.
    Run run = drive(client, server, client.get({{15, kAssociation, 2, std::nullopt}}).value());
    const auto* outcome = getOutcome(run);
    QVERIFY2(outcome != nullptr, qPrintable(codeOf(run)));
    const auto* list = std::get_if<Data>(&outcome->items[0].result);
    QVERIFY(list != nullptr);
    QCOMPARE(list->type(), DataType::Array);
    const auto raw = encode(*list);
    QVERIFY(raw.hasValue());
    QVERIFY(run.requests > 3);
    // One GET-normal, then GET-next (C0 02) for every block but the last.
    QCOMPARE(run.sent[1][1], std::uint8_t{0x02});
    QCOMPARE(client.progress().blocks, static_cast<std::uint32_t>(run.requests));
    QCOMPARE(client.progress().bytesReceived, raw->size());
    // Every response respected the PDU size the client announced.
    QCOMPARE(client.state(), ClientAssociation::State::Associated);

    // The same list through a normal-size PDU: one request, same value.
    ClientAssociation big(ClientConfig::publicClient());
    sim::ServerAssociation server2(publicConfig(), meter.directory);
    QCOMPARE(codeOf(associate(big, server2)), QStringLiteral("success"));
    Run whole = drive(big, server2, big.get({{15, kAssociation, 2, std::nullopt}}).value());
    QCOMPARE(whole.requests, 1);
    QVERIFY(std::get<Data>(getOutcome(whole)->items[0].result) == *list);
}

void TestDlmsClient::getBlockTransferOnCipheredAssociation() {
    TestMeter meter;
    sim::ServerAssociation server(managementConfig(), meter.directory);
    ClientConfig config = managementClient();
    config.maxReceivePduSize = 128;
    ClientAssociation client(config);
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    std::vector<AttributeRef> items;
    for (int i = 1; i <= 12; ++i) {
        items.push_back({3, extraRegister(i), 3, std::nullopt});  // scaler_unit
    }
    items.push_back({15, kAssociation, 2, std::nullopt});
    Run run = drive(client, server, client.get(items).value());
    const auto* outcome = getOutcome(run);
    QVERIFY2(outcome != nullptr, qPrintable(codeOf(run)));
    QCOMPARE(outcome->items.size(), std::size_t{13});
    QVERIFY(run.requests > 2);
    for (const auto& sent : run.sent) {
        QCOMPARE(sent.front(), std::uint8_t{0xC8});  // every request glo-ciphered
    }
    QCOMPARE(std::get<Data>(outcome->items[12].result).type(), DataType::Array);
    QCOMPARE(std::get<Data>(outcome->items[0].result).type(), DataType::Structure);
}

void TestDlmsClient::blockTransferBoundedBySize() {
    TestMeter meter;
    sim::ServerAssociation server(publicConfig(), meter.directory);
    ClientConfig config = ClientConfig::publicClient();
    config.maxReceivePduSize = 64;
    config.maxResponseSize = 100;
    ClientAssociation client(config);
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    Run run = drive(client, server, client.get({{15, kAssociation, 2, std::nullopt}}).value());
    QCOMPARE(codeOf(run), QStringLiteral("response-too-large"));
    QCOMPARE(client.state(), ClientAssociation::State::Associated);
}

void TestDlmsClient::setNormalAndWithList() {
    TestMeter meter;
    sim::ServerAssociation server(managementConfig(), meter.directory);
    ClientAssociation client(managementClient());
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    Run run = drive(
        client, server,
        client.set({{{1, kText, 2, std::nullopt}, Data::octetString(bytesOf("XYZ"))}}).value());
    QVERIFY2(run.outcome.has_value(), qPrintable(codeOf(run)));
    QCOMPARE(std::get<SetOutcome>(*run.outcome).items[0].result, DataAccessResult::Success);
    run = drive(client, server, client.get({{1, kText, 2, std::nullopt}}).value());
    QVERIFY(std::get<Data>(getOutcome(run)->items[0].result) == Data::octetString(bytesOf("XYZ")));

    // Two writes in one SET-with-list: one allowed, one read-only.
    run = drive(client, server,
                client
                    .set({{{1, kText, 2, std::nullopt}, Data::octetString(bytesOf("Q"))},
                          {{3, kEnergy, 2, std::nullopt}, Data::doubleLongUnsigned(1)}})
                    .value());
    QCOMPARE(run.requests, 1);
    const auto& set = std::get<SetOutcome>(*run.outcome);
    QCOMPARE(set.items.size(), std::size_t{2});
    QCOMPARE(set.items[0].result, DataAccessResult::Success);
    QCOMPARE(set.items[1].result, DataAccessResult::ReadWriteDenied);
}

void TestDlmsClient::setTooLargeWithoutBlockConformance() {
    // A meter whose conformance has no block-transfer-with-set: a value above its PDU goes as
    // one SET-normal and the meter's pdu-too-long exception comes back typed.
    TestMeter meter;
    sim::AssociationConfig config = managementConfig();
    config.conformance.set(ConformanceBit::BlockTransferWithSetOrWrite, false);
    sim::ServerAssociation server(config, meter.directory);
    ClientAssociation client(managementClient());
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    Run run = drive(
        client, server,
        client.set({{{1, kText, 2, std::nullopt}, Data::octetString(Bytes(1500, 0x41))}}).value());
    QCOMPARE(codeOf(run), QStringLiteral("exception-response"));
    QCOMPARE(run.failure->detail, std::string("service-not-allowed/pdu-too-long"));
    QCOMPARE(client.state(), ClientAssociation::State::Associated);
}

void TestDlmsClient::blockSetFollowsTheStandardSequence() {
    // A meter that negotiates block-transfer-with-set and receives at most 128 bytes. The
    // virtual meter does not implement block SET, so its answers are written out here as the
    // standard gives them: SET-Response-Datablock for each block, -Last-Datablock at the end.
    TestMeter meter;
    sim::AssociationConfig config = readerConfig();
    config.conformance.set(ConformanceBit::BlockTransferWithSetOrWrite);
    config.serverMaxReceivePduSize = 128;
    sim::ServerAssociation server(config, meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword)));
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    QVERIFY(client.negotiatedConformance().has(ConformanceBit::BlockTransferWithSetOrWrite));

    const Data value = Data::octetString(Bytes(300, 0x5A));
    auto request = client.set({{{1, kText, 2, std::nullopt}, value}});
    QVERIFY(request.hasValue());
    Bytes collected;
    std::uint32_t expectedBlock = 1;
    for (int guard = 0; guard < 10; ++guard) {
        QVERIFY(request->size() <= 128);  // every block fits the meter's PDU
        auto decoded = decodeApdu(*request);
        QVERIFY(decoded.hasValue());
        const DataBlockSa* block = nullptr;
        InvokeIdAndPriority id;
        if (const auto* first = std::get_if<SetRequestWithFirstDataBlock>(&*decoded)) {
            QCOMPARE(expectedBlock, 1U);
            QCOMPARE(first->attribute.instanceId, kText);
            block = &first->block;
            id = first->invokeIdAndPriority;
        } else if (const auto* next = std::get_if<SetRequestWithDataBlock>(&*decoded)) {
            QVERIFY(expectedBlock > 1);
            block = &next->block;
            id = next->invokeIdAndPriority;
        }
        QVERIFY(block != nullptr);
        QCOMPARE(block->blockNumber, expectedBlock);
        collected.insert(collected.end(), block->rawData.begin(), block->rawData.end());
        Apdu answer =
            block->lastBlock
                ? Apdu{SetResponseLastDataBlock{id, DataAccessResult::Success, block->blockNumber}}
                : Apdu{SetResponseDataBlock{id, block->blockNumber}};
        auto step = client.receive(encodeApdu(answer).value());
        QVERIFY(step.hasValue());
        if (auto* completed = std::get_if<Completed>(&*step)) {
            QVERIFY(block->lastBlock);
            const auto& set = std::get<SetOutcome>(completed->outcome);
            QCOMPARE(set.items[0].result, DataAccessResult::Success);
            break;
        }
        request = std::move(std::get<SendNext>(*step).apdu);
        ++expectedBlock;
    }
    // The blocks carry exactly the A-XDR encoding of the value: 09 82 01 2C 5A ...
    QVERIFY(expectedBlock >= 3);
    QCOMPARE(collected, encode(value).value());
    QCOMPARE(client.progress().blocks, expectedBlock);

    // An acknowledgement of the wrong block ends the transfer.
    request = client.set({{{1, kText, 2, std::nullopt}, value}});
    auto id =
        std::get<SetRequestWithFirstDataBlock>(decodeApdu(*request).value()).invokeIdAndPriority;
    auto step = client.receive(encodeApdu(SetResponseDataBlock{id, 7}).value());
    QCOMPARE(step.error().code, ClientError::BlockTransferFailed);
    QCOMPARE(client.state(), ClientAssociation::State::Associated);
}

void TestDlmsClient::actionWithLongParametersSendsPBlocks() {
    // A meter that negotiates block-transfer-with-action and receives at most 128 bytes; its
    // answers are written out here as IEC 62056-5-3 gives them: ACTION-Response-Next-Pblock for
    // each block of the parameters, ACTION-Response-Normal after the last one.
    TestMeter meter;
    sim::AssociationConfig config = readerConfig();
    config.conformance.set(ConformanceBit::BlockTransferWithAction);
    config.serverMaxReceivePduSize = 128;
    sim::ServerAssociation server(config, meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword)));
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    QVERIFY(client.negotiatedConformance().has(ConformanceBit::BlockTransferWithAction));

    const MethodRef method{9, cosem::ObisCode(0, 0, 10, 0, 0, 255), 1};  // execute
    const Data parameters = Data::octetString(Bytes(300, 0xA5));
    auto request = client.action(method, parameters);
    QVERIFY(request.hasValue());
    // C3 04 <invoke-id 1> | class 00 09, 0.0.10.0.0.255, method 01 | last-block 00, block-number
    // 00 00 00 01, raw-data with its length ...
    QCOMPARE(toHex(Bytes(request->begin(), request->begin() + 17)),
             std::string("C3 04 C1 00 09 00 00 0A 00 00 FF 01 00 00 00 00 01"));
    Bytes collected;
    std::uint32_t expectedBlock = 1;
    for (int guard = 0; guard < 10; ++guard) {
        QVERIFY(request->size() <= 128);  // every block fits the meter's PDU
        auto decoded = decodeApdu(*request);
        QVERIFY(decoded.hasValue());
        const DataBlockSa* block = nullptr;
        InvokeIdAndPriority id;
        if (const auto* first = std::get_if<ActionRequestWithFirstPBlock>(&*decoded)) {
            QCOMPARE(expectedBlock, 1U);
            QCOMPARE(first->method.instanceId, method.obis);
            block = &first->block;
            id = first->invokeIdAndPriority;
        } else if (const auto* next = std::get_if<ActionRequestWithPBlock>(&*decoded)) {
            QVERIFY(expectedBlock > 1);
            block = &next->block;
            id = next->invokeIdAndPriority;
        }
        QVERIFY(block != nullptr);
        QCOMPARE(block->blockNumber, expectedBlock);
        collected.insert(collected.end(), block->rawData.begin(), block->rawData.end());
        Apdu answer = block->lastBlock
                          ? Apdu{ActionResponseNormal{id, {ActionResult::Success, std::nullopt}}}
                          : Apdu{ActionResponseNextPBlock{id, block->blockNumber}};
        auto step = client.receive(encodeApdu(answer).value());
        QVERIFY(step.hasValue());
        if (auto* completed = std::get_if<Completed>(&*step)) {
            QVERIFY(block->lastBlock);
            const auto& action = std::get<ActionOutcome>(completed->outcome);
            QCOMPARE(action.result, ActionResult::Success);
            QCOMPARE(action.method, method);
            break;
        }
        request = std::move(std::get<SendNext>(*step).apdu);
        ++expectedBlock;
    }
    // The blocks carry exactly the A-XDR encoding of the parameters: 09 82 01 2C A5 ...
    QVERIFY(expectedBlock >= 3);
    QCOMPARE(collected, encode(parameters).value());
    QCOMPARE(client.state(), ClientAssociation::State::Associated);

    // Short parameters still go in one ACTION-Request-Normal (C3 01).
    request = client.action(method, Data::longUnsigned(1));
    QCOMPARE(request->at(1), std::uint8_t{0x01});
    QVERIFY(client
                .receive(encodeApdu(ActionResponseNormal{InvokeIdAndPriority::make(2),
                                                         {ActionResult::Success, std::nullopt}})
                             .value())
                .hasValue());

    // An acknowledgement of the wrong block ends the transfer, the association stays.
    request = client.action(method, parameters);
    auto id =
        std::get<ActionRequestWithFirstPBlock>(decodeApdu(*request).value()).invokeIdAndPriority;
    auto step = client.receive(encodeApdu(ActionResponseNextPBlock{id, 5}).value());
    QVERIFY(!step.hasValue());
    QCOMPARE(step.error().code, ClientError::BlockTransferFailed);
    QCOMPARE(client.state(), ClientAssociation::State::Associated);

    // Without block-transfer-with-action the parameters go whole (the meter decides).
    sim::ServerAssociation plainServer(readerConfig(), meter.directory);
    ClientAssociation plain(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword)));
    QCOMPARE(codeOf(associate(plain, plainServer)), QStringLiteral("success"));
    auto whole = plain.action(method, parameters);
    QCOMPARE(whole->at(1), std::uint8_t{0x01});
    QVERIFY(whole->size() > 300);
}

void TestDlmsClient::actionWithLongResultFollowsEveryPBlock() {
    TestMeter meter;
    sim::ServerAssociation server(readerConfig(), meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword)));
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    const MethodRef method{15, kAssociation, 2};
    const Data result = Data::octetString(Bytes(250, 0x3C));

    // The meter's result in ACTION-Response-With-Pblock blocks: the raw data is what an
    // ACTION-Response-Normal carries after the invoke-id: action-result 00 (success), 01 (return
    // parameters present), 00 (Get-Data-Result data), then the Data.
    Bytes raw{0x00, 0x01, 0x00};
    const Bytes value = encode(result).value();
    raw.insert(raw.end(), value.begin(), value.end());
    auto runBlocks = [&](const Bytes& payload, std::vector<std::size_t> cuts) {
        auto request = client.action(method, Data::integer(0));
        const auto id = InvokeIdAndPriority{request->at(2)};
        Expected<ClientStep, ClientFailure> step = ClientStep{SendNext{}};
        std::size_t from = 0;
        for (std::size_t i = 0; i <= cuts.size(); ++i) {
            const std::size_t to = i < cuts.size() ? cuts[i] : payload.size();
            const bool last = i == cuts.size();
            step = client.receive(
                encodeApdu(ActionResponseWithPBlock{
                               id, DataBlockSa{last, std::uint32_t(i + 1),
                                               Bytes(payload.begin() + std::ptrdiff_t(from),
                                                     payload.begin() + std::ptrdiff_t(to))}})
                    .value());
            if (!step || last) {
                break;
            }
            // Each block but the last is acknowledged: C3 02 <invoke-id> <block-number>.
            const auto* next = std::get_if<SendNext>(&*step);
            if (next == nullptr) {
                break;
            }
            char expected[64];
            std::snprintf(expected, sizeof expected, "C3 02 %02X 00 00 00 %02X", id.value,
                          unsigned(i + 1));
            if (toHex(next->apdu) != expected) {
                return Expected<ClientStep, ClientFailure>(ClientFailure{
                    ClientError::InvalidState, 0, "acknowledged with " + toHex(next->apdu)});
            }
            from = to;
        }
        return step;
    };

    auto step = runBlocks(raw, {100, 200});
    QVERIFY2(step.hasValue(), step.hasValue() ? "" : step.error().detail.c_str());
    auto* completed = std::get_if<Completed>(&*step);
    QVERIFY(completed != nullptr);
    const auto& outcome = std::get<ActionOutcome>(completed->outcome);
    QCOMPARE(outcome.result, ActionResult::Success);
    QVERIFY(outcome.returnParameters.has_value());
    QVERIFY(std::get<Data>(*outcome.returnParameters) == result);
    QCOMPARE(client.progress().bytesReceived, raw.size());
    QCOMPARE(client.state(), ClientAssociation::State::Associated);

    // A meter that sends only the return value's Data in the blocks: read as success.
    step = runBlocks(value, {120});
    QVERIFY(step.hasValue());
    QVERIFY(std::get<Data>(
                *std::get<ActionOutcome>(std::get<Completed>(*step).outcome).returnParameters) ==
            result);

    // A block out of sequence ends the operation with a typed error.
    auto request = client.action(method, Data::integer(0));
    const auto id = InvokeIdAndPriority{request->at(2)};
    step = client.receive(
        encodeApdu(ActionResponseWithPBlock{id, DataBlockSa{false, 2, Bytes{0x00}}}).value());
    QVERIFY(!step.hasValue());
    QCOMPARE(step.error().code, ClientError::BlockTransferFailed);
    QCOMPARE(client.state(), ClientAssociation::State::Associated);

    // Blocks that decode as nothing are a malformed answer, not a crash.
    step = runBlocks(Bytes{0xFF, 0xFF, 0xFF, 0xFF}, {2});
    QVERIFY(!step.hasValue());
    QCOMPARE(step.error().code, ClientError::MalformedResponse);
}

void TestDlmsClient::blockActionAgainstTheVirtualMetersServer() {
    // The virtual meters' own server engine, with a 128-byte PDU both ways: the parameters of a
    // clock shift go whole (they are short); a long octet-string parameter to a method the
    // association may not call is sent in blocks and refused as a normal ACTION would be.
    TestMeter meter;
    sim::AssociationConfig config = managementConfig();
    config.serverMaxReceivePduSize = 128;
    sim::ServerAssociation server(config, meter.directory);
    ClientConfig clientConfig = managementClient();
    clientConfig.maxReceivePduSize = 128;
    ClientAssociation client(clientConfig);
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    QVERIFY(client.negotiatedConformance().has(ConformanceBit::BlockTransferWithAction));

    Run run = drive(client, server, client.action({8, kClockLn, 6}, Data::long16(30)).value());
    QCOMPARE(codeOf(run), QStringLiteral("success"));
    QCOMPARE(run.requests, 1);
    QCOMPARE(std::get<ActionOutcome>(*run.outcome).result, ActionResult::Success);

    const Data longParameter = Data::octetString(Bytes(400, 0x11));
    run = drive(client, server, client.action({8, kClockLn, 6}, longParameter).value());
    QCOMPARE(codeOf(run), QStringLiteral("success"));
    QVERIFY(run.requests >= 4);  // 400 bytes in blocks of less than 128
    // The meter received the whole parameter and then judged it: a clock shift takes a long.
    QVERIFY(std::get<ActionOutcome>(*run.outcome).result != ActionResult::Success);
    QCOMPARE(client.state(), ClientAssociation::State::Associated);
}

void TestDlmsClient::actionOnClock() {
    TestMeter meter;
    sim::ServerAssociation server(managementConfig(), meter.directory);
    ClientAssociation client(managementClient());
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    auto request = client.action({8, kClockLn, 6}, Data::long16(30));  // shift_time +30 s
    QVERIFY(request.hasValue());
    Run run = drive(client, server, *request);
    QVERIFY2(run.outcome.has_value(), qPrintable(codeOf(run)));
    const auto& action = std::get<ActionOutcome>(*run.outcome);
    QCOMPARE(action.result, ActionResult::Success);
    QCOMPARE(action.method.method, std::int8_t{6});
}

void TestDlmsClient::actionDenied() {
    TestMeter meter;
    sim::ServerAssociation server(readerConfig(), meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword)));
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    Run run = drive(client, server, client.action({8, kClockLn, 6}, Data::long16(30)).value());
    QVERIFY(run.outcome.has_value());
    QCOMPARE(std::get<ActionOutcome>(*run.outcome).result, ActionResult::ReadWriteDenied);
}

void TestDlmsClient::tamperedResponseFailsAuthentication() {
    TestMeter meter;
    sim::ServerAssociation server(managementConfig(), meter.directory);
    ClientAssociation client(managementClient());
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    auto response = server.handleApdu(client.get({{3, kEnergy, 2, std::nullopt}}).value());
    QVERIFY(response.has_value());
    (*response)[response->size() - 3] ^= 0x01;  // inside the GCM tag
    auto step = client.receive(*response);
    QVERIFY(!step.hasValue());
    QCOMPARE(step.error().code, ClientError::ResponseAuthenticationFailed);
    QCOMPARE(client.state(), ClientAssociation::State::Associated);
}

void TestDlmsClient::replayedResponseIsRefused() {
    TestMeter meter;
    sim::ServerAssociation server(managementConfig(), meter.directory);
    ClientAssociation client(managementClient());
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    auto first = server.handleApdu(client.get({{3, kEnergy, 2, std::nullopt}}).value());
    QVERIFY(client.receive(*first).hasValue());
    // The same ciphered response again (its invocation counter is not new).
    auto request = client.get({{3, kEnergy, 2, std::nullopt}}).value();
    auto step = client.receive(*first);
    QVERIFY(!step.hasValue());
    QCOMPARE(step.error().code, ClientError::InvocationCounterTooLow);
}

void TestDlmsClient::exceptionResponseIsTyped() {
    TestMeter meter;
    sim::ServerAssociation server(readerConfig(), meter.directory);
    ClientConfig config = ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword));
    config.maxListItems = 20;  // above the meter's 16
    ClientAssociation client(config);
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    std::vector<AttributeRef> items;
    for (int i = 1; i <= 20; ++i) {
        items.push_back({3, extraRegister(i), 2, std::nullopt});
    }
    Run run = drive(client, server, client.get(items).value());
    QCOMPARE(codeOf(run), QStringLiteral("exception-response"));
    QCOMPARE(run.failure->detail, std::string("service-not-allowed/operation-not-possible"));

    // The meter's invocation counter check: a client that restarts its counter at 0 after
    // a first association is refused with the counter the meter expects.
    sim::ServerAssociation hls(managementConfig(), meter.directory);
    ClientAssociation a(managementClient());
    QCOMPARE(codeOf(associate(a, hls)), QStringLiteral("success"));
    auto request = a.get({{3, kEnergy, 2, std::nullopt}}).value();
    QVERIFY(a.receive(*hls.handleApdu(request)).hasValue());
    auto again = hls.handleApdu(request);  // the same request replayed to the meter
    QVERIFY(again.has_value());
    (void)a.get({{3, kEnergy, 2, std::nullopt}});
    auto step = a.receive(*again);
    QVERIFY(!step.hasValue());
    QCOMPARE(step.error().code, ClientError::MeterInvocationCounterError);
}

void TestDlmsClient::releasePlainAndCiphered() {
    TestMeter meter;
    sim::ServerAssociation server(readerConfig(), meter.directory);
    ClientAssociation client(ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(kPassword)));
    QCOMPARE(codeOf(associate(client, server)), QStringLiteral("success"));
    auto rlrq = client.release();
    QCOMPARE(toHex(*rlrq), std::string("62 03 80 01 00"));
    Run run = drive(client, server, *rlrq);
    QVERIFY(run.outcome && std::holds_alternative<Released>(*run.outcome));
    QCOMPARE(server.status(), cosem::AssociationStatus::NonAssociated);
    QCOMPARE(client.state(), ClientAssociation::State::NonAssociated);

    sim::ServerAssociation hls(managementConfig(), meter.directory);
    ClientAssociation secure(managementClient());
    QCOMPARE(codeOf(associate(secure, hls)), QStringLiteral("success"));
    rlrq = secure.release();
    auto decoded = decodeRlrq(*rlrq);
    QVERIFY(decoded->userInformation.has_value());
    QCOMPARE(decoded->userInformation->front(), std::uint8_t{0x21});
    run = drive(secure, hls, *rlrq);
    QVERIFY(run.outcome && std::holds_alternative<Released>(*run.outcome));
    QCOMPARE(hls.status(), cosem::AssociationStatus::NonAssociated);
}

void TestDlmsClient::operationsNeedAnAssociation() {
    ClientAssociation client(ClientConfig::publicClient());
    QCOMPARE(client.get({{8, kClockLn, 2, std::nullopt}}).error().code, ClientError::InvalidState);
    QCOMPARE(client.release().error().code, ClientError::InvalidState);
    QCOMPARE(client.receive(Bytes{0x61, 0x00}).error().code, ClientError::InvalidState);
    QVERIFY(client.associate().hasValue());
    QCOMPARE(client.get({}).error().code, ClientError::InvalidState);
    // HLS without keys is refused before anything is sent.
    ClientConfig config;
    config.authentication = ClientAuthentication::HighGmac;
    ClientAssociation noKeys(config);
    QCOMPARE(noKeys.associate().error().code, ClientError::InvalidRequest);
    // Garbage instead of an AARE.
    ClientAssociation garbage(ClientConfig::publicClient());
    (void)garbage.associate();
    QCOMPARE(garbage.receive(Bytes{0x61, 0x05, 0x01}).error().code, ClientError::MalformedResponse);
}

QTEST_APPLESS_MAIN(TestDlmsClient)
#include "tst_dlms_client.moc"
