// The DLMS client association engine driven against the virtual meters' real server engine
// (sim/server ServerAssociation), APDU by APDU: the three associations (public, LLS reader,
// HLS-GMAC management), the AARE diagnoses, GET normal / with-list batching / block transfer,
// SET, ACTION, denied rights, ciphering checks and release.
#include <QTest>

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
    QVERIFY(!associated.negotiatedConformance.has(ConformanceBit::BlockTransferWithSetOrWrite));
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
    // The virtual meter's conformance has no block-transfer-with-set: a value above its PDU goes
    // as one SET-normal and the meter's pdu-too-long exception comes back typed.
    TestMeter meter;
    sim::ServerAssociation server(managementConfig(), meter.directory);
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
